package org.safeports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (which must not download a browser of its own), and the
 * accessibility check run on every page a browser test visits: axe at the page's own width, then
 * reflow (WCAG 1.4.10) and axe again at 320 CSS px.
 */
final class BrowserSupport implements AutoCloseable {

  static final List<String> CHROMIUM_ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");

  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** WCAG 1.4.10: content must reflow without scrolling sideways at 320 CSS px. */
  static final int NARROWEST_WIDTH = 320;

  /**
   * The page's width against the viewport's, and the elements that stick out furthest right, so a
   * failure says what to fix.
   */
  static final String MEASURE_OVERFLOW =
      """
      () => {
        const root = document.documentElement;
        const viewport = root.clientWidth;
        // Measuring every element only pays when the page does stick out.
        if (root.scrollWidth <= viewport) return { scrollWidth: root.scrollWidth, clientWidth: viewport, offenders: [] };
        const describe = e => {
          let name = e.tagName.toLowerCase();
          if (e.id) name += '#' + e.id;
          if (typeof e.className === 'string' && e.className.trim())
            name += '.' + e.className.trim().split(/\\s+/).join('.');
          return name;
        };
        const right = e => e.getBoundingClientRect().right;
        // The elements that stick out of their own container are the ones to fix.
        const offenders = [...document.body.querySelectorAll('*')]
          .map(e => ({ e, right: right(e), parent: e.parentElement ? right(e.parentElement) : 0 }))
          .filter(o => o.right > viewport + 0.5 && (o.parent <= viewport || o.right > o.parent + 0.5))
          .sort((a, b) => b.right - a.right)
          .slice(0, 8)
          .map(o => {
            const parent = o.e.parentElement ? describe(o.e.parentElement) + ' > ' : '';
            return parent + describe(o.e) + ' (right edge ' + Math.round(o.right) + ' px)';
          });
        return { scrollWidth: root.scrollWidth, clientWidth: viewport, offenders };
      }
      """;

  final Playwright playwright;
  final Browser browser;

  BrowserSupport() {
    String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    if (!Files.isExecutable(Path.of(chromium))) {
      throw new IllegalStateException(
          "Browser tests need Chromium at "
              + chromium
              + " (apt-get install chromium, or set CHROMIUM_PATH)");
    }
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(chromium))
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
  }

  /**
   * Fails on any WCAG 2.1 A or AA violation at the page's own width or at 320 px, or if the page
   * scrolls sideways at 320 px; keeps a screenshot of the page at both widths.
   */
  static void checkAccessible(Page page, String name) {
    checkAccessible(page, name, true);
  }

  /**
   * The same check; without {@code keepScreenshots} a screenshot is only taken of a page that
   * fails, which saves a test that visits hundreds of pages most of its time.
   */
  static void checkAccessible(Page page, String name, boolean keepScreenshots) {
    checkAxe(page, name, keepScreenshots);
    ViewportSize usual = page.viewportSize();
    page.setViewportSize(NARROWEST_WIDTH, usual.height);
    try {
      try {
        checkReflows(page, name + "-320");
      } catch (AssertionError e) {
        screenshot(page, name + "-320");
        throw e;
      }
      checkAxe(page, name + "-320", keepScreenshots);
    } finally {
      page.setViewportSize(usual.width, usual.height);
    }
  }

  /** Fails if the page is wider than the viewport, naming the elements that stick out. */
  @SuppressWarnings("unchecked")
  static void checkReflows(Page page, String name) {
    Map<String, Object> measured = (Map<String, Object>) page.evaluate(MEASURE_OVERFLOW);
    int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
    int clientWidth = ((Number) measured.get("clientWidth")).intValue();
    List<String> offenders = (List<String>) measured.get("offenders");
    assertThat(scrollWidth)
        .as(
            "reflow of %s (%s): %d px wide in a %d px viewport; widest elements:%n%s",
            name, page.url(), scrollWidth, clientWidth, String.join("\n", offenders))
        .isLessThanOrEqualTo(clientWidth);
  }

  private static void checkAxe(Page page, String name, boolean keepScreenshot) {
    if (keepScreenshot) {
      screenshot(page, name);
    }
    List<String> violations = axeViolations(page);
    if (!violations.isEmpty() && !keepScreenshot) {
      screenshot(page, name);
    }
    assertThat(violations)
        .as("accessibility of %s (%s):%n%s", name, page.url(), String.join("\n", violations))
        .isEmpty();
  }

  /**
   * The WCAG 2.1 A/AA rules of axe-core run on the page, each violation as "rule: help at targets".
   * The same rules as {@code AxeBuilder}, but its script is sent once per document (a second check
   * of the same page, at 320 px, finds it there) and only the violations come back: the builder
   * sent the 550 kB script twice per check and had every passing node serialised.
   */
  @SuppressWarnings("unchecked")
  static List<String> axeViolations(Page page) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
      page.evaluate("() => {" + AXE_SOURCE + "}");
    }
    Object found =
        page.evaluate(
            """
            tags => axe.run(document, { runOnly: { type: 'tag', values: tags },
                                        resultTypes: ['violations'] })
              .then(r => r.violations.map(v => v.id + ': ' + v.help + ' at '
                + v.nodes.map(n => JSON.stringify(n.target)).join(', ')))
            """,
            WCAG_21_AA);
    return (List<String>) found;
  }

  private static final String AXE_SOURCE = readAxeSource();

  private static String readAxeSource() {
    try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/" + name + ".png"))
            .setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
