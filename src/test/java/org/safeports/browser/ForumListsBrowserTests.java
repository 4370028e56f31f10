package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.forum.ForumAudience;
import org.safeports.forum.TestForum;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forum's lists in a real browser: a registered user, in Spanish, finds the PFSO category
 * nowhere (the forum's home, the latest topics, their unread topics, a PFSO's activity); a PFSO, in
 * English, sees it, previews a new topic and starts it. Every page visited passes axe-core's WCAG
 * 2.1 A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumListsBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestForum forum;
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
  void aUserNeverSeesThePfsoCategoryAndAPfsoStartsATopicThere() {
    String secret = "Muelle " + UUID.randomUUID().toString().substring(0, 8);
    long harbour = forum.category("Puertos " + secret.substring(7), ForumAudience.PUBLIC);
    long drills = forum.category("Simulacros " + secret, ForumAudience.PFSO);
    jdbc.sql("update forum_category set parent_id = :p where id = :c")
        .param("p", harbour)
        .param("c", drills)
        .update();
    String pfsoEmail = TestAccounts.freshEmail("forum-pfso");
    long pfso = accounts.create(pfsoEmail, PortalRole.PFSO);
    forum.topic(harbour, pfso, PortalRole.PFSO, "Amarres en temporada de huracanes", "Texto");
    forum.topic(drills, pfso, PortalRole.PFSO, "Tema " + secret, "Palabras reservadas");
    String handle = forum.handleOf(pfso);
    String userEmail = TestAccounts.freshEmail("forum-user");
    long user = accounts.create(userEmail, PortalRole.USER);
    forum.topic(harbour, user, PortalRole.USER, "Una pregunta pública", "Hola");

    try (BrowserContext userContext = browsers.browser.newContext(locale("es-PE"));
        BrowserContext pfsoContext = browsers.browser.newContext(locale("en-US"))) {
      Page page = userContext.newPage();
      signIn(page, userEmail);
      page.locator("header .main-nav a[href='/forum']").click();
      page.waitForURL(url("/forum"));
      assertThat(page.locator("main h1")).hasText("Foro");
      for (String path :
          List.of("/forum", "/forum/latest", "/forum/unread", "/forum/u/" + handle)) {
        page.navigate(url(path));
        assertThat(page.locator("main")).not().containsText(secret);
        assertThat(page.content()).doesNotContain(forum.slugOf(drills));
        checkAccessible(page, "forum-lists-user" + path.replace('/', '-') + "-es");
      }
      page.navigate(url("/forum"));
      assertThat(page.locator("main")).containsText("Amarres en temporada de huracanes");
      page.navigate(url("/forum/c/" + forum.slugOf(drills)));
      assertThat(page.locator("main h1")).not().containsText(secret);

      Page pfsoPage = pfsoContext.newPage();
      signIn(pfsoPage, pfsoEmail);
      pfsoPage.navigate(url("/forum"));
      assertThat(pfsoPage.locator("main")).containsText("Simulacros " + secret);
      checkAccessible(pfsoPage, "forum-lists-pfso-home-en");
      pfsoPage.locator("main a[href='/forum/c/" + forum.slugOf(drills) + "']").first().click();
      assertThat(pfsoPage.locator("main")).containsText("Tema " + secret);
      checkAccessible(pfsoPage, "forum-lists-pfso-category-en");
      pfsoPage.locator("main a.button[href$='/new']").click();
      pfsoPage.locator("#title").fill("Ab");
      pfsoPage.locator("#body").fill("Our **gate** drill went well.");
      pfsoPage.locator("main button[value=post]").click();
      assertThat(pfsoPage.locator("#title-error")).isVisible();
      assertThat(pfsoPage.locator("#body")).hasValue("Our **gate** drill went well.");
      checkAccessible(pfsoPage, "forum-lists-new-error-en");
      pfsoPage.locator("#title").fill("Gate drill after the night shift");
      pfsoPage.locator("main button[value=preview]").click();
      assertThat(pfsoPage.locator("main .preview strong")).hasText("gate");
      checkAccessible(pfsoPage, "forum-lists-new-preview-en");
      pfsoPage.locator("main button[value=post]").click();
      pfsoPage.waitForURL(Pattern.compile(".*/forum/t/\\d+/gate-drill-after-the-night-shift$"));
      pfsoPage.navigate(url("/forum/c/" + forum.slugOf(drills)));
      assertThat(pfsoPage.locator("main")).containsText("Gate drill after the night shift");

      page.navigate(url("/forum/latest"));
      assertThat(page.locator("main")).not().containsText("Gate drill after the night shift");
    }
  }

  /**
   * With Forum added, the main navigation still fits one row at a desktop's width (1280 px) in
   * every language, as the demo has it, and the phone's menu lists it. At 1024 px, the narrowest
   * width that shows the navigation as a row, Spanish, Portuguese and French already took two rows
   * before the forum was added; the widths are printed so that a regrouping can be measured.
   */
  @Test
  void theMainNavigationWithTheForumFitsOneRowAt1280PixelsAndThePhoneMenuHasIt() {
    List<String> hrefs = DesignScreenshotsTests.demoNavigation();
    for (int width : new int[] {1280, 1024}) {
      for (String language : List.of("es-PE", "en-US", "pt-BR", "fr-FR")) {
        try (BrowserContext visitor =
            browsers.browser.newContext(
                new Browser.NewContextOptions().setLocale(language).setViewportSize(width, 800))) {
          Page page = visitor.newPage();
          page.navigate(url("/forum"));
          assertThat(page.locator("header .main-nav a[href='/forum']")).isVisible();
          List<?> fit = (List<?>) page.evaluate(DesignScreenshotsTests.NAV_FITS, hrefs);
          int needed = ((Number) fit.get(1)).intValue();
          int available = ((Number) fit.get(2)).intValue();
          System.out.printf(
              "Main navigation at %d px in %s: %d of %d px%n", width, language, needed, available);
          if (width == 1280) {
            assertThat(needed)
                .as("navigation at %d px in %s", width, language)
                .isLessThanOrEqualTo(available);
          }
        }
      }
    }
    try (BrowserContext phone =
        browsers.browser.newContext(
            new Browser.NewContextOptions().setLocale("es-PE").setViewportSize(375, 800))) {
      Page page = phone.newPage();
      page.navigate(url("/"));
      assertThat(page.locator("header .main-nav a[href='/forum']")).isHidden();
      page.locator("header summary.menu-button").click();
      assertThat(page.locator("header .main-nav a[href='/forum']")).isVisible();
      assertThat(page.locator("header .main-nav a[href='/forum']")).hasText("Foro");
    }
  }

  private Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900);
  }
}
