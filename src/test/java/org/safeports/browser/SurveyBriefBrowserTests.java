package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An associate member reads the demo's published results brief (the 2010 ISO 28000 survey, for
 * members only) in a real browser: from the members' map, shaded by participation, to Peru's page
 * and its link to the brief, in Spanish, then the same brief in English. Every page visited passes
 * axe-core's WCAG 2.1 A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyBriefBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  BrowserSupport browsers;

  @BeforeAll
  void startBrowser() {
    browsers = new BrowserSupport();
  }

  @AfterAll
  void stopBrowser() {
    browsers.close();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void anAssociateMemberReadsAPublishedBriefInSpanishAndEnglish() {
    Map<String, Object> brief =
        jdbc.sql(
                """
                select s.slug, t.title from survey s
                join survey_brief b on b.survey_id = s.id and b.published_at is not null
                join survey_text t on t.survey_id = s.id and t.language = 'es'
                where t.title ilike '%ISO 28000%' order by s.id limit 1
                """)
            .query()
            .singleRow();
    String slug = (String) brief.get("slug");
    String titleEs = (String) brief.get("title");
    String email = TestAccounts.freshEmail("brief-browser-associate");
    long associate = accounts.create(email, PortalRole.ASSOCIATE);
    jdbc.sql("update account set language = 'es' where id = ?").params(associate).update();

    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es-PE"))) {
      Page page = context.newPage();
      page.navigate(url("/sign-in?lang=es"));
      page.locator("#email").fill(email);
      page.locator("#password").fill(TestAccounts.PASSWORD);
      page.locator("main form.form button[type=submit]").click();
      page.waitForURL(url("/"));

      page.navigate(url("/members?lang=es"));
      assertThat(page.locator("svg.americas-map.shaded")).isVisible();
      assertThat(page.locator(".members-table thead")).containsText("Encuestas respondidas");
      checkAccessible(page, "members-shaded-es");

      page.navigate(url("/members/pe?lang=es"));
      checkAccessible(page, "member-state-surveys-es");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(titleEs)).click();
      page.waitForURL(url("/surveys/" + slug + "/brief"));
      assertThat(page.locator("h1")).hasText(titleEs);
      assertThat(page.locator("main")).containsText("Cuatro Estados miembros respondieron");
      assertThat(page.locator("main svg[role=img]").first()).isVisible();
      checkAccessible(page, "survey-brief-es");

      page.navigate(url("/surveys/" + slug + "/brief?lang=en"));
      assertThat(page.locator("html")).hasAttribute("lang", "en");
      assertThat(page.locator("main")).containsText("Four member states answered");
      checkAccessible(page, "survey-brief-en");
    }
  }

  /**
   * The secretariat translates the demo brief: the brief's screen with its translations, the
   * translation screen beside the original, and the same screen refused with an empty summary, in
   * Spanish, each passing axe-core and the 320 px reflow.
   */
  @Test
  void anEditorTranslatesTheBriefBesideTheOriginal() {
    Map<String, Object> brief =
        jdbc.sql(
                """
                select s.id, s.original_language from survey s
                join survey_brief b on b.survey_id = s.id and b.published_at is not null
                join survey_text t on t.survey_id = s.id and t.language = 'es'
                where t.title ilike '%ISO 28000%' order by s.id limit 1
                """)
            .query()
            .singleRow();
    long id = ((Number) brief.get("id")).longValue();
    String other = "en".equals(brief.get("original_language")) ? "pt" : "en";
    String email = TestAccounts.freshEmail("brief-browser-editor");
    accounts.create(email, PortalRole.EDITOR);

    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es-PE"))) {
      Page page = context.newPage();
      page.navigate(url("/sign-in?lang=es"));
      page.locator("#email").fill(email);
      page.locator("#password").fill(TestAccounts.PASSWORD);
      page.locator("main form.form button[type=submit]").click();
      page.waitForURL(url("/"));

      page.navigate(url("/admin/surveys/" + id + "/brief"));
      assertThat(page.locator("#translations-heading")).hasText("Traducciones");
      checkAccessible(page, "survey-brief-translations-es");

      page.navigate(url("/admin/surveys/" + id + "/brief/translations/" + other));
      assertThat(page.locator(".side-by-side .original pre")).containsText("ISO 28000");
      assertThat(page.locator("#summary")).not().isEmpty();
      checkAccessible(page, "survey-brief-translation-es");

      page.locator("#summary").fill("");
      page.locator("main form.form button[type=submit]").click();
      assertThat(page.locator("#summary-error")).containsText("Escriba la traducción del resumen.");
      checkAccessible(page, "survey-brief-translation-refused-es");
    }
  }
}
