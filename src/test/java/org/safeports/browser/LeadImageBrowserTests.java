package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.content.TestContent;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lead images in a real browser: an article with its figure, the editor's form with a refused file
 * (the message next to the field), both accessible; and the home page's weight with its images, as
 * a browser at a desktop's and at a dense phone's screen fetches them, under the 100 KB budget.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadImageBrowserTests {

  static final int HOME_BUDGET_BYTES = 100 * 1024;

  @LocalServerPort int port;
  @Autowired TestContent content;
  @Autowired TestAccounts accounts;
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
  void anArticleWithALeadImageAndItsEditorsFormAreAccessible() {
    String slug = TestContent.freshSlug("lead-browser");
    long id = content.publishedNews(slug, "A ship at the quay", "The ship came in.");
    content.leadImage(
        id, "Drawing of a container ship at sea", "The ship before it berthed", "Safeports");
    String email = TestAccounts.freshEmail("lead-browser-editor");
    accounts.create(email, PortalRole.EDITOR);
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"))) {
      Page page = context.newPage();
      page.navigate(url("/news/" + slug));
      assertThat(page.locator("figure.lead-image img")).hasAttribute("width", "1000");
      assertThat(page.locator("figure.lead-image figcaption")).containsText("Safeports");
      checkAccessible(page, "80-article-lead-image");

      page.navigate(url("/sign-in"));
      page.locator("#email").fill(email);
      page.locator("#password").fill(TestAccounts.PASSWORD);
      page.locator("main form.form button[type=submit]").click();
      page.navigate(url("/admin/content/" + id));
      page.locator("#credit").fill("Autoridad Portuaria");
      page.locator("#leadFile")
          .setInputFiles(
              new FilePayload(
                  "plano.svg",
                  "image/svg+xml",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      page.locator("#lead-image button[value=save]").click();
      assertThat(page.locator("#leadFile-error"))
          .containsText("Este archivo no es una imagen JPEG, PNG o GIF.");
      assertThat(page.locator("#credit")).hasValue("Autoridad Portuaria");
      checkAccessible(page, "81-lead-image-refused-es");
    }
  }

  @Test
  void theHomePageWithItsImagesStaysUnderItsBudget() {
    long id = content.publishedNews(TestContent.freshSlug("lead-home"), "Latest news", "Text");
    content.leadImage(id, "Drawing of a container ship", null, null);
    long desktop = homeBytes(1280, 800, 1, true);
    long phone = homeBytes(375, 812, 3, true);
    long withoutImages = homeBytes(1280, 800, 1, false);
    System.out.printf(
        "Home page transfer: %d B without images, %d B at 1280 px (1x), %d B at 375 px (3x)%n",
        withoutImages, desktop, phone);
    org.assertj.core.api.Assertions.assertThat(desktop).isLessThan(HOME_BUDGET_BYTES);
    org.assertj.core.api.Assertions.assertThat(phone).isLessThan(HOME_BUDGET_BYTES);
    org.assertj.core.api.Assertions.assertThat(desktop)
        .as("the images are counted")
        .isGreaterThan(withoutImages);
  }

  /** Every byte the browser receives for the home page, scrolled to its end so lazy images load. */
  private long homeBytes(int width, int height, double density, boolean images) {
    try (BrowserContext context =
        browsers.browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setDeviceScaleFactor(density)
                .setLocale("en-US"))) {
      if (!images) {
        context.route(
            "**/*",
            route -> {
              if (route.request().resourceType().equals("image")) {
                route.abort();
              } else {
                route.resume();
              }
            });
      }
      List<Response> responses = new ArrayList<>();
      Page page = context.newPage();
      page.onResponse(responses::add);
      page.navigate(url("/"));
      page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
      page.waitForLoadState(LoadState.NETWORKIDLE);
      page.waitForTimeout(500);
      long total = 0;
      for (Response response : responses) {
        var sizes = response.request().sizes();
        total += sizes.responseBodySize + sizes.responseHeadersSize;
      }
      return total;
    }
  }
}
