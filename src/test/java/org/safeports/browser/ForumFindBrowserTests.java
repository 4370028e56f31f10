package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The forum's search from the reader's side, with the demo's forum: the registered user in Spanish
 * searches for the hurricane thread and finds only public posts, the category filter offering no
 * PFSO category; the demo PFSO in English finds the thread with the words marked. Every page
 * visited passes axe-core's WCAG 2.1 A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumFindBrowserTests {

  static final String DEMO_PASSWORD = "harbour-demo-2026";
  static final String THREAD = "Hurricane season preparedness";

  @LocalServerPort int port;
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
    page.locator("#password").fill(DEMO_PASSWORD);
    page.locator("main form.form button[type=submit]").click();
    assertThat(page).hasURL(url("/"));
  }

  @Test
  void aRegisteredUserInSpanishFindsNoPfsoPost() {
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es-PE"))) {
      Page page = context.newPage();
      signIn(page, "user@demo.safeports.org");
      page.navigate(url("/forum/search?lang=es"));
      assertThat(page.locator("main h1")).hasText("Buscar en el foro");
      assertThat(page.locator("#category option[value=pfso-hurricanes]")).hasCount(0);
      assertThat(page.locator("#category option[value=pfso]")).hasCount(0);
      page.locator("main form[role=search] button[type=submit]").click();
      assertThat(page.locator("#q-error")).containsText("Escriba las palabras que desea buscar.");
      checkAccessible(page, "forum-search-refused-es");

      page.locator("#q").fill("hurricane season");
      page.locator("main form[role=search] button[type=submit]").click();
      assertThat(page.locator("main .result-count")).isVisible();
      assertThat(page.locator("main")).not().containsText(THREAD);
      checkAccessible(page, "forum-search-user-es");

      page.locator("#q").fill("ISO 28000");
      page.locator("main form[role=search] button[type=submit]").click();
      assertThat(page.locator("main .forum-search-results li").first()).isVisible();
      assertThat(page.locator("main .forum-search-results mark").first()).isVisible();
      checkAccessible(page, "forum-search-public-es");
    }
  }

  @Test
  void aVerifiedPfsoInEnglishFindsTheHurricaneThread() {
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
      Page page = context.newPage();
      signIn(page, "pfso@demo.safeports.org");
      page.navigate(url("/forum/search?lang=en"));
      page.locator("#q").fill("hurricane season");
      page.locator("#category").selectOption("pfso");
      page.locator("main form[role=search] button[type=submit]").click();
      assertThat(page.locator("main .forum-search-results h2 a").first()).containsText(THREAD);
      assertThat(page.locator("main .forum-search-results mark").first()).isVisible();
      checkAccessible(page, "forum-search-pfso-en");
    }
  }
}
