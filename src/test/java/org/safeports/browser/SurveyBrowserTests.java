package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
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
 * A survey from the builder to a state's submitted answers in a real browser: an editor, in
 * Spanish, writes a survey whose second question is shown only for one answer to the first and
 * opens it to the states; two delegates of one state share the state's response, the first saving a
 * draft in Spanish and the second finishing and submitting it in English. Every page visited passes
 * axe-core's WCAG 2.1 A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyBrowserTests {

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

  void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(TestAccounts.PASSWORD);
    page.locator("main form.form button[type=submit]").click();
    page.waitForURL(url("/"));
  }

  @Test
  void anEditorBuildsAConditionalSurveyAndTwoDelegatesOfOneStateCompleteIt() {
    String editorEmail = TestAccounts.freshEmail("survey-browser-editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    String firstEmail = TestAccounts.freshEmail("survey-browser-pe1");
    long first = accounts.create(firstEmail, PortalRole.DELEGATE);
    String secondEmail = TestAccounts.freshEmail("survey-browser-pe2");
    long second = accounts.create(secondEmail, PortalRole.DELEGATE);
    String title = "Port drills " + first;
    jdbc.sql("update account set language = 'es' where id = ?").params(first).update();
    jdbc.sql("update account set language = 'en' where email in (?, ?)")
        .params(editorEmail, secondEmail)
        .update();

    try (BrowserContext en = browsers.browser.newContext(locale("en-US"));
        BrowserContext es = browsers.browser.newContext(locale("es-PE"));
        BrowserContext en2 = browsers.browser.newContext(locale("en-GB"))) {
      Page editor = en.newPage();
      signIn(editor, editorEmail);
      editor.navigate(url("/admin/surveys?lang=en"));
      checkAccessible(editor, "survey-admin-list-en");
      editor.locator("main a[href='/admin/surveys/new']").click();
      checkAccessible(editor, "survey-new-es");
      editor.locator("#originalLanguage").selectOption("en");
      editor.locator("#title-en").fill(title);
      editor.locator("#title-es").fill("Simulacros portuarios " + first);
      editor.locator("main form.form button[type=submit]").click();
      editor.waitForURL(Pattern.compile(".*/admin/surveys/\\d+/questions$"));
      String builder = editor.url();
      long id = Long.parseLong(builder.replaceAll(".*/admin/surveys/(\\d+)/questions", "$1"));
      checkAccessible(editor, "survey-builder-empty-es");

      editor.locator("main a[href$='/sections/new']").click();
      editor.locator("#title-en").fill("Drills");
      editor.locator("#title-es").fill("Simulacros");
      checkAccessible(editor, "survey-section-es");
      editor.locator("main form.form button[type=submit]").click();
      editor.waitForURL(builder);

      editor.locator("main form[action$='/questions/new'] button[type=submit]").click();
      editor.locator("#text-en").fill("Did your ports hold a security drill this year?");
      editor.locator("#text-es").fill("¿Hicieron sus puertos un simulacro de protección este año?");
      editor.locator("#options-en").fill("Yes\nNo");
      editor.locator("#options-es").fill("Sí\nNo");
      editor.locator("#required").check();
      checkAccessible(editor, "survey-question-es");
      editor.locator("main form.form button[type=submit]").click();
      editor.waitForURL(builder);

      editor.locator("main form[action$='/questions/new'] select").selectOption("TEXT");
      editor.locator("main form[action$='/questions/new'] button[type=submit]").click();
      editor.locator("#text-en").fill("What did the drill teach you?");
      editor.locator("#text-es").fill("¿Qué les enseñó el simulacro?");
      editor.locator("#condition").selectOption(new SelectOption().setValue("q1=o1"));
      editor.locator("main form.form button[type=submit]").click();
      editor.waitForURL(builder);
      assertThat(editor.locator("main")).containsText("What did the drill teach you?");
      checkAccessible(editor, "survey-builder-es");

      editor.navigate(url("/admin/surveys/" + id + "/preview?lang=es"));
      assertThat(editor.locator("main")).containsText("¿Hicieron sus puertos");
      checkAccessible(editor, "survey-preview-es");
      editor.navigate(url("/admin/surveys/" + id));
      editor.locator("main form[action$='/open'] button").click();
      editor.waitForURL(url("/admin/surveys/" + id));
      assertThat(editor.locator("body")).containsText("La encuesta está abierta");
      checkAccessible(editor, "survey-settings-open-es");
      String slug =
          jdbc.sql("select slug from survey where id = ?").params(id).query(String.class).single();

      // The first delegate answers the first question and keeps a draft.
      Page one = es.newPage();
      signIn(one, firstEmail);
      one.navigate(url("/surveys?lang=es"));
      checkAccessible(one, "survey-mine-es");
      one.locator("main a[href='/surveys/" + slug + "']").click();
      assertThat(one.locator("main")).not().containsText("¿Qué les enseñó");
      checkAccessible(one, "survey-answer-es");
      one.locator("input[name=q-q1][value=o1]").check();
      one.locator("main button[value=SAVE]").click();
      assertThat(one.locator("main")).containsText("¿Qué les enseñó el simulacro?");
      checkAccessible(one, "survey-answer-draft-es");

      // The second delegate of the same state finds that draft, finishes and submits it.
      Page two = en2.newPage();
      signIn(two, secondEmail);
      two.navigate(url("/surveys/" + slug + "?lang=en"));
      assertThat(two.locator("input[name=q-q1][value=o1]")).isChecked();
      two.locator("textarea[name=q-q2]").fill("Radios on the night shift need spare batteries.");
      checkAccessible(two, "survey-answer-continued-en");
      two.locator("main button[value=SUBMIT]").click();
      assertThat(two.locator("body"))
          .containsText(Pattern.compile("Thank you: the answers were submitted"));
      checkAccessible(two, "survey-answer-submitted");
      two.navigate(url("/surveys/" + slug + "?lang=en"));
      assertThat(two.locator("main")).containsText("These answers have been submitted");
      checkAccessible(two, "survey-answer-submitted-en");

      org.assertj.core.api.Assertions.assertThat(
              jdbc.sql(
                      "select status || ':' || country_code || ':' || submitted_by_id"
                          + " from survey_response where survey_id = ?")
                  .params(id)
                  .query(String.class)
                  .single())
          .isEqualTo("SUBMITTED:PE:" + second);

      one.navigate(url("/surveys/" + slug + "/copy?lang=es"));
      assertThat(one.locator("main")).containsText("Radios on the night shift");
      checkAccessible(one, "survey-copy-es");
    }
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
