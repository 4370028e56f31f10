package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The member states in a real browser, in Spanish and in English: the list with its map and table,
 * a country reached from the map and another from the table. Every page passes axe-core's WCAG 2.1
 * A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersBrowserTests {

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
  void aReaderInSpanishGoesFromTheMapToPeruAndFromTheTableToBarbados() {
    try (BrowserContext reader =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es-PE"))) {
      Page page = reader.newPage();
      page.navigate(url("/"));
      page.locator("header nav.main-nav a[href='/members']").click();
      assertThat(page).hasURL(url("/members"));
      assertThat(page.locator("h1")).hasText("Estados miembros");
      checkAccessible(page, "90-members-es");

      page.locator("svg.americas-map")
          .getByRole(
              AriaRole.LINK,
              new com.microsoft.playwright.Locator.GetByRoleOptions()
                  .setName("Perú: miembro del GTC"))
          .click();
      assertThat(page).hasURL(url("/members/pe"));
      assertThat(page.locator("h1")).hasText("Perú");
      assertThat(page.locator("main")).containsText("Miembro del GTC");
      checkAccessible(page, "91-members-pe-es");

      page.navigate(url("/members"));
      page.locator("main table a[href='/members/bb']").click();
      assertThat(page.locator("h1")).hasText("Barbados");
      checkAccessible(page, "92-members-bb-es");
    }
  }

  @Test
  void aReaderInEnglishSeesTheChairAndOpensItsPage() {
    try (BrowserContext reader =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
      Page page = reader.newPage();
      page.navigate(url("/members"));
      assertThat(page.locator("h1")).hasText("Member states");
      checkAccessible(page, "93-members-en");
      page.locator("svg.americas-map")
          .getByRole(
              AriaRole.LINK,
              new com.microsoft.playwright.Locator.GetByRoleOptions()
                  .setName("United States: chairs the TAG"))
          // By keyboard: the middle of the United States' outline (Alaska included) is Canada.
          .press("Enter");
      assertThat(page).hasURL(url("/members/us"));
      assertThat(page.locator("main")).containsText("Chairs the TAG");
      checkAccessible(page, "94-members-us-en");
    }
  }
}
