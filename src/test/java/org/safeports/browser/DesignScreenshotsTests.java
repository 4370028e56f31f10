package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The look of the portal as the design guide ({@code docs/design.md}) describes it: the header's
 * height on a phone, the main navigation on one row on a desktop, the menu that opens without
 * script, the signed-in person's links, the dark scheme and the print stylesheet. The screens the
 * guide shows, at a phone's width (375 px) and a desktop's (1280 px), are kept in {@code
 * target/screenshots/design/} (the first 1600 px of each page); each also passes the accessibility
 * and reflow checks.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignScreenshotsTests {

  static final int[] WIDTHS = {375, 1280};
  static final String PASSWORD = "harbour-demo-2026";

  /** The most a phone's screen may give to the header (everything above the demo banner). */
  static final int HEADER_BUDGET_AT_375 = 120;

  /** How far the header reaches down: main's top, less the demo banner and alerts between them. */
  static final String HEADER_BOTTOM =
      """
      () => {
        const main = document.querySelector('main').getBoundingClientRect().top;
        const between = [...document.querySelectorAll('body > .demo-banner, body > .alerts')]
          .reduce((sum, e) => sum + e.getBoundingClientRect().height, 0);
        return { fromMain: main - between,
                 header: document.querySelector('header.site-header').getBoundingClientRect().bottom };
      }
      """;

  /** The distinct tops of the main navigation's links: one value when they sit on one row. */
  /**
   * The rows the main navigation's links sit on, counting only the links given: the public
   * navigation is measured as the demo has it (its fixed items and its top-level sections), since
   * other tests publish pages of their own at the top level, which wrap to a second row as a fifth
   * or sixth section would.
   */
  static final String NAV_ROWS =
      """
      hrefs => [...new Set([...document.querySelectorAll('header .main-nav a')]
               .filter(a => hrefs == null || hrefs.includes(a.getAttribute('href')))
               .map(a => Math.round(a.getBoundingClientRect().top)))]
      """;

  /**
   * Whether the given links of the main navigation fit one row: their items' widths and the gaps
   * between them against the list's width, wherever other items have pushed them.
   */
  static final String NAV_FITS =
      """
      hrefs => {
        const list = document.querySelector('header .main-nav ul.sections');
        const items = [...list.children].filter(li => {
          const a = li.querySelector('a');
          return a && hrefs.includes(a.getAttribute('href'));
        });
        const gap = parseFloat(getComputedStyle(list).columnGap) || 0;
        const needed = items.reduce((w, li) => w + li.getBoundingClientRect().width, 0)
                       + gap * (items.length - 1);
        return [items.length, Math.ceil(needed), list.clientWidth];
      }
      """;

  /**
   * News, Port Voices, Forum, Events, Library, Members and the demo's top-level sections, in every
   * language: the whole row (the brand is the way home).
   */
  static List<String> demoNavigation() {
    List<String> hrefs =
        new java.util.ArrayList<>(
            List.of("/news", "/voices", "/forum", "/events", "/library", "/members"));
    try {
      for (org.springframework.core.io.Resource file :
          new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
              .getResources("classpath:demo/content/*.md")) {
        String text = file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        boolean topLevelPage =
            text.contains("\nkind: page\n") && text.matches("(?s).*\nparent:[ \t]*\n.*");
        java.util.regex.Matcher slug =
            java.util.regex.Pattern.compile("\nslug: *(\\S+)").matcher(text);
        if (topLevelPage && slug.find()) {
          hrefs.add("/pages/" + slug.group(1));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return hrefs;
  }

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

  @Test
  void theHomePageTheLibraryAndTheSecretariatDashboardAtAPhonesAndADesktopsWidth() {
    for (int width : WIDTHS) {
      try (BrowserContext visitor = context("es-PE", width)) {
        Page page = visitor.newPage();
        shoot(page, "/", "home-es", width);
        shoot(page, "/library", "library-es", width);
      }
      try (BrowserContext visitor = context("en-US", width)) {
        Page page = visitor.newPage();
        shoot(page, "/", "home-en", width);
        signIn(page, "admin@demo.safeports.org");
        shoot(page, "/admin", "dashboard-en", width);
      }
    }
  }

  @Test
  void onAPhoneTheHeaderTakesAtMost120PixelsSignedInOrNot() {
    for (String language : List.of("en-US", "es-PE", "pt-BR", "fr-FR")) {
      try (BrowserContext visitor = context(language, 375)) {
        Page page = visitor.newPage();
        page.navigate(url("/"));
        assertHeaderFits(page, language + " visitor");
        signIn(page, "delegate@demo.safeports.org");
        page.navigate(url("/"));
        assertHeaderFits(page, language + " delegate");
      }
    }
  }

  @Test
  void onADesktopTheMainNavigationIsOneRowForVisitorsEditorsAndAdmins() {
    for (String language : List.of("en-US", "es-PE", "pt-BR", "fr-FR")) {
      try (BrowserContext visitor = context(language, 1280)) {
        Page page = visitor.newPage();
        page.navigate(url("/"));
        assertOneRow(page, language + " visitor");
      }
    }
    for (String email : List.of("editor@demo.safeports.org", "admin@demo.safeports.org")) {
      try (BrowserContext staff = context("en-US", 1280)) {
        Page page = staff.newPage();
        signIn(page, email);
        page.navigate(url("/"));
        assertOneRow(page, email + " on the public site");
        page.navigate(url("/admin"));
        assertOneRow(page, email + " in the secretariat");
        // The menu button only shows on small screens.
        assertThat(page.locator("header summary.menu-button")).isHidden();
      }
    }
  }

  @Test
  void theMenuOpensWithoutJavaScript() {
    Map<String, String> menu =
        Map.of("en-US", "Menu", "es-PE", "Menú", "pt-BR", "Menu", "fr-FR", "Menu");
    for (String language : menu.keySet()) {
      try (BrowserContext noScript =
          browsers.browser.newContext(
              new Browser.NewContextOptions()
                  .setLocale(language)
                  .setViewportSize(375, 800)
                  .setJavaScriptEnabled(false))) {
        Page page = noScript.newPage();
        page.navigate(url("/"));
        Locator summary = page.locator("header summary.menu-button");
        Locator library = page.locator("header .main-nav a[href='/library']");
        Locator signIn = page.locator("header .account-nav a[href='/sign-in']");
        assertThat(summary).isVisible();
        assertThat(summary).hasAccessibleName(menu.get(language));
        assertThat(library).isHidden();
        summary.click();
        assertThat(library).isVisible();
        assertThat(signIn).isVisible();
        Map<?, ?> box = (Map<?, ?>) library.evaluate("a => a.getBoundingClientRect().toJSON()");
        assertThat(((Number) box.get("height")).doubleValue())
            .as("height of a menu item (WCAG 2.5.8: at least 24 px)")
            .isGreaterThanOrEqualTo(24);
        if (language.equals("en-US")) {
          page.screenshot(
              new Page.ScreenshotOptions()
                  .setPath(Path.of("target/screenshots/design/menu-open-en-375.png")));
        }
        summary.click();
        assertThat(library).isHidden();
      }
    }
  }

  @Test
  void theHeaderNamesTheSignedInPersonAndLinksTheirRolesPages() {
    try (BrowserContext visitor = context("en-US", 1280)) {
      Page page = visitor.newPage();
      page.navigate(url("/"));
      Locator account = page.locator("header .account-nav");
      assertThat(account.locator("a[href='/sign-in']")).isVisible();
      assertThat(account.locator("a[href='/sign-up']")).isVisible();
      assertThat(account.locator("a[href='/account']")).hasCount(0);
      assertThat(account.locator("a[href='/admin']")).hasCount(0);
    }
    record Expected(String email, String name, List<String> links, List<String> absent) {}
    List<Expected> people =
        List.of(
            new Expected(
                "delegate@demo.safeports.org",
                "Lucía Fernández",
                List.of("/account", "/library/country", "/voices/mine"),
                List.of("/admin", "/sign-in")),
            new Expected(
                "editor@demo.safeports.org",
                "Michael Grant",
                List.of("/account", "/admin", "/voices/mine"),
                List.of("/library/country", "/sign-in")),
            new Expected(
                "user@demo.safeports.org",
                null,
                List.of("/account", "/voices/mine"),
                List.of("/admin", "/library/country", "/sign-up")));
    for (Expected person : people) {
      try (BrowserContext context = context("en-US", 1280)) {
        Page page = context.newPage();
        signIn(page, person.email());
        page.navigate(url("/"));
        Locator account = page.locator("header .account-nav");
        Locator name = account.locator("a[href='/account']");
        assertThat(name).isVisible();
        assertThat(name).not().containsText("@");
        if (person.name() != null) {
          assertThat(name).containsText(person.name());
        }
        for (String link : person.links()) {
          assertThat(account.locator("a[href='" + link + "']")).isVisible();
          // Every link the header offers opens for this person.
          assertThat(page.request().get(url(link)).status()).as(link).isEqualTo(200);
        }
        for (String link : person.absent()) {
          assertThat(account.locator("a[href='" + link + "']")).hasCount(0);
        }
        assertThat(account.locator("form[action='/sign-out'] button")).isVisible();
      }
    }
  }

  @Test
  void theDarkSchemePassesTheAccessibilityChecks() {
    for (int width : WIDTHS) {
      try (BrowserContext dark =
          browsers.browser.newContext(
              new Browser.NewContextOptions()
                  .setLocale("en-US")
                  .setViewportSize(width, 800)
                  .setColorScheme(ColorScheme.DARK))) {
        Page page = dark.newPage();
        shoot(page, "/", "home-dark-en", width);
        assertThat(page.locator("html"))
            .hasCSS("background-color", "rgb(15, 26, 33)"); // --paper, dark
        shoot(page, "/library", "library-dark-en", width);
      }
    }
  }

  @Test
  void onPaperTheNavigationFooterAndFormsAreLeftOutAndLinksShowTheirAddress() {
    try (BrowserContext visitor = context("en-US", 1280)) {
      Page page = visitor.newPage();
      page.navigate(url("/pages/contingency-planning"));
      assertThat(page.locator("header .main-nav")).isVisible();
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
      assertThat(page.locator("header .main-nav")).isHidden();
      assertThat(page.locator("header .account-nav")).isHidden();
      assertThat(page.locator("header .languages")).isHidden();
      assertThat(page.locator("footer.site-footer")).isHidden();
      assertThat(page.locator("main h1")).isVisible();
      assertThat(page.locator("body")).hasCSS("background-color", "rgb(255, 255, 255)");
      assertThat(page.locator("main h1")).hasCSS("color", "rgb(0, 0, 0)");
      Locator bodyLink = page.locator("main .prose a[href^='/']").first();
      String after =
          (String)
              bodyLink.evaluate("a => getComputedStyle(a, '::after').getPropertyValue('content')");
      assertThat(after).contains(bodyLink.getAttribute("href"));
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/screenshots/design/print-page-en.png"))
              .setFullPage(true)
              .setClip(0, 0, 1280, 1600));
    }
  }

  @Test
  void theEditorsDateAndTimeFieldStaysInsideItsBoxAt320Pixels() {
    try (BrowserContext editor = context("en-US", 320)) {
      Page page = editor.newPage();
      signIn(page, "editor@demo.safeports.org");
      page.navigate(url("/admin/content"));
      page.locator("table.list td a[href^='/admin/content/']").first().click();
      Locator input = page.locator("#publishAt");
      assertThat(input).isVisible();
      Map<?, ?> sides =
          (Map<?, ?>)
              input.evaluate(
                  "i => ({ input: i.getBoundingClientRect().right,"
                      + " box: i.closest('.workflow').getBoundingClientRect().right"
                      + "      - parseFloat(getComputedStyle(i.closest('.workflow')).paddingRight) })");
      assertThat(((Number) sides.get("input")).doubleValue())
          .as("right edge of the publish-at input against its box's content edge")
          .isLessThanOrEqualTo(((Number) sides.get("box")).doubleValue() + 0.5);
    }
  }

  private void assertHeaderFits(Page page, String who) {
    Map<?, ?> measured = (Map<?, ?>) page.evaluate(HEADER_BOTTOM);
    assertThat(((Number) measured.get("fromMain")).doubleValue())
        .as("header of the home page at 375 px, %s (main's top less the demo banner)", who)
        .isLessThanOrEqualTo(HEADER_BUDGET_AT_375);
    assertThat(((Number) measured.get("header")).doubleValue())
        .as("bottom of the header at 375 px, %s", who)
        .isLessThanOrEqualTo(HEADER_BUDGET_AT_375);
  }

  private void assertOneRow(Page page, String who) {
    if (page.url().contains("/admin")) {
      List<?> tops = (List<?>) page.evaluate(NAV_ROWS, (Object) null);
      assertThat(tops).as("rows of the main navigation at 1280 px, %s", who).hasSize(1);
      return;
    }
    List<?> fit = (List<?>) page.evaluate(NAV_FITS, demoNavigation());
    int items = ((Number) fit.get(0)).intValue();
    assertThat(items).as("the demo's navigation items, %s", who).isGreaterThanOrEqualTo(8);
    assertThat(((Number) fit.get(1)).intValue())
        .as("width the demo's %d navigation items need in one row at 1280 px, %s", items, who)
        .isLessThanOrEqualTo(((Number) fit.get(2)).intValue());
  }

  private void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(PASSWORD);
    page.locator("main form.form button[type=submit]").click();
    page.waitForURL("**/");
  }

  private BrowserContext context(String locale, int width) {
    return browsers.browser.newContext(
        new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, 800));
  }

  /** Keeps the first 1600 px of the page for the design guide, then checks it. */
  private void shoot(Page page, String path, String name, int width) {
    page.navigate(url(path));
    double height =
        ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/design/" + name + "-" + width + ".png"))
            .setFullPage(true)
            .setClip(0, 0, width, Math.min(height, 1600)));
    checkAccessible(page, "design-" + name + "-" + width);
  }
}
