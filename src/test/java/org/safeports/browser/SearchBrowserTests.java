package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.search.SearchSource;
import org.safeports.search.TestSearch;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The header's search box on a real browser: titles suggested while typing (and chosen with the
 * keyboard), the results with their facets and pages, the same search without JavaScript, in
 * English and Spanish, each page through axe and at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTests {

  static final String DEMO_PASSWORD = "harbour-demo-2026";

  @LocalServerPort int port;
  @Autowired TestSearch search;
  @Autowired List<SearchSource> sources;
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

  /** A made-up word of letters only, so that only this test's notes match it. */
  static String marker() {
    return "zb" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
  }

  @Test
  void theHeaderBoxSuggestsTitlesAndLeadsToResultsWithFacetsAndPages() {
    String m = marker();
    for (int i = 0; i < 12; i++) {
      search.publish(
          m + i,
          i % 2 == 0 ? "en" : "es",
          "Anchorage notice " + i + " " + m,
          "Vessels wait outside the breakwater. " + m,
          i % 3 == 0 ? "GT" : "PA",
          Set.of("HURRICANE"));
    }
    for (String language : new String[] {"en", "es"}) {
      try (BrowserContext context =
          browsers.browser.newContext(new Browser.NewContextOptions().setLocale(language))) {
        Page page = context.newPage();
        page.navigate(url("/?lang=" + language));
        page.locator("#site-search-q").pressSequentially("Anchorage notice 3 " + m);
        assertThat(page.locator("#site-search-suggestions [role=option]").first())
            .containsText("Anchorage notice 3");
        assertThat(page.locator("#site-search-q")).hasAttribute("aria-expanded", "true");
        checkAccessible(page, "search-suggestions-" + language);
        page.locator("#site-search-q").press("Escape");
        assertThat(page.locator("#site-search-suggestions")).isHidden();

        page.locator("#site-search-q").fill(m);
        page.locator("#site-search-q").press("Enter");
        page.waitForURL(Pattern.compile(".*/search\\?q=" + m + ".*"));
        assertThat(page.locator(".result-count")).containsText("12");
        assertThat(page.locator(".search-hit")).hasCount(10);
        checkAccessible(page, "search-results-" + language);

        // A facet narrows the results; its count was the number found.
        page.locator(".search-facet a[href*='country=GT']").click();
        assertThat(page.locator(".result-count")).containsText("4");
        assertThat(page.locator(".search-facet a[aria-current=true]")).hasCount(1);

        // The pages of the whole search.
        page.navigate(url("/search?q=" + m));
        page.locator(".pager a[rel=next]").click();
        assertThat(page.locator(".search-hit")).hasCount(2);
        checkAccessible(page, "search-results-page-2-" + language);

        // No result: the help, the library's filters and the forum.
        page.navigate(url("/search?q=" + m + "nothing"));
        assertThat(page.locator(".search-elsewhere a[href^='/library']").first()).isVisible();
        assertThat(page.locator(".search-elsewhere a[href^='/forum']")).isVisible();
        checkAccessible(page, "search-none-" + language);
      }
    }
  }

  @Test
  void aSuggestionIsChosenWithTheKeyboard() {
    String m = marker();
    search.publish(m, "fr", "Digue nord " + m, "Travaux de la digue.");
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("fr"))) {
      Page page = context.newPage();
      page.navigate(url("/news?lang=fr"));
      page.locator("#site-search-q").pressSequentially("digue " + m.substring(0, 6));
      assertThat(page.locator("#site-search-suggestions [role=option]").first())
          .containsText("Digue nord");
      page.locator("#site-search-q").press("ArrowDown");
      assertThat(page.locator("#site-search-q"))
          .hasAttribute("aria-activedescendant", "site-search-option-0");
      page.locator("#site-search-q").press("Enter");
      page.waitForURL(Pattern.compile(".*/test/test-notes/" + m + "/fr"));
    }
  }

  @Test
  void theSearchWorksWithoutJavaScript() {
    String m = marker();
    search.publish(m, "pt", "Plano de evacuação " + m, "Porto de Santos.");
    try (BrowserContext context =
        browsers.browser.newContext(
            new Browser.NewContextOptions().setLocale("pt").setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(url("/?lang=pt"));
      page.locator("#site-search-q").fill("evacuacao " + m);
      page.locator(".site-search button[type=submit]").click();
      assertThat(page.locator(".search-hit h2")).containsText("Plano de evacuação");
      assertThat(page.locator(".search-hit mark").first()).isVisible();
      page.locator("#search-words").fill("");
      page.locator(".site-search-form button[type=submit]").click();
      assertThat(page.locator(".search-help")).isVisible();
    }
  }

  /**
   * With the modules' sources in place: a visitor searching "huracan" in Spanish finds the
   * Guatemalan plan, and a PFSO finds the PFSO forum's hurricane thread that a registered user
   * cannot. Skipped until the library's and the forum's sources are there.
   */
  @Test
  void aVisitorFindsTheGuatemalanPlanAndOnlyAPfsoFindsThePfsoThread() {
    assumeTrue(
        sources.stream().anyMatch(s -> s.name().equals("library"))
            && sources.stream().anyMatch(s -> s.name().equals("forum")),
        "the library's and the forum's search sources");
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es"))) {
      Page page = context.newPage();
      page.navigate(url("/?lang=es"));
      page.locator("#site-search-q").fill("huracan");
      page.locator("#site-search-q").press("Enter");
      assertThat(page.locator(".search-results")).containsText("Puerto Quetzal");
      checkAccessible(page, "search-huracan-es");
    }
    String thread = "Hurricane season preparedness";
    for (String who : new String[] {"user", "pfso"}) {
      try (BrowserContext context =
          browsers.browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
        Page page = context.newPage();
        page.navigate(url("/sign-in"));
        page.locator("#email").fill(who + "@demo.safeports.org");
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("main form.form button[type=submit]").click();
        page.navigate(url("/search?q=hurricane+season+preparedness"));
        String results = page.locator("main").textContent();
        if (who.equals("pfso")) {
          assertThat(results).contains(thread);
        } else {
          assertThat(results).doesNotContain(thread);
        }
      }
    }
  }
}
