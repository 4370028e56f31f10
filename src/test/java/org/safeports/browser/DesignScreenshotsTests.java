package org.safeports.browser;

import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens the design guide shows, at a phone's width (375 px) and a desktop's (1280 px), kept
 * in {@code target/screenshots/design/} for {@code docs/design.md}; each also passes the
 * accessibility and reflow checks.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignScreenshotsTests {

  static final int[] WIDTHS = {375, 1280};

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
        page.navigate(url("/sign-in"));
        page.locator("#email").fill("admin@demo.safeports.org");
        page.locator("#password").fill("harbour-demo-2026");
        page.locator("main form.form button[type=submit]").click();
        page.waitForURL("**/");
        shoot(page, "/admin", "dashboard-en", width);
      }
    }
  }

  private BrowserContext context(String locale, int width) {
    return browsers.browser.newContext(
        new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, 800));
  }

  private void shoot(Page page, String path, String name, int width) {
    page.navigate(url(path));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/design/" + name + "-" + width + ".png"))
            .setFullPage(true));
    checkAccessible(page, "design-" + name + "-" + width);
  }
}
