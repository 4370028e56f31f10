package org.safeports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (which must not download a browser of its own), and the
 * accessibility check run on every page a browser test visits.
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

  /** Fails on any WCAG 2.1 A or AA violation, and keeps a screenshot of the page. */
  static void checkAccessible(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/" + name + ".png"))
            .setFullPage(true));
    AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
    List<Rule> violations = results.getViolations();
    String summary =
        violations.stream()
            .map(
                v ->
                    v.getId()
                        + ": "
                        + v.getHelp()
                        + " at "
                        + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
    assertThat(violations).as("accessibility of %s (%s):%n%s", name, page.url(), summary).isEmpty();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
