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
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor in Spanish and an admin in English find the mail settings from their account page,
 * choose how they hear of each kind of waiting work and save; the page passes axe-core's WCAG 2.1
 * A/AA rules and reflows at 320 px, before and after saving.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationSettingsBrowserTests {

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

  String staff(String prefix, PortalRole role, String language) {
    String email = TestAccounts.freshEmail(prefix);
    long id = accounts.create(email, role);
    jdbc.sql("update account set language = ? where id = ?").params(language, id).update();
    return email;
  }

  void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(TestAccounts.PASSWORD);
    page.locator("main form.form button[type=submit]").click();
    assertThat(page).hasURL(url("/"));
  }

  @Test
  void anEditorInSpanishChoosesTheDigestForPlansAndNoMailForPieces() {
    String editor = staff("browser-settings-es", PortalRole.EDITOR, "es");
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es-PE"))) {
      Page page = context.newPage();
      signIn(page, editor);
      page.navigate(url("/account"));
      page.locator("main a[href='/account/notifications']").click();
      assertThat(page).hasURL(url("/account/notifications"));
      assertThat(page.locator("main h1")).hasText("Correos sobre el trabajo pendiente");
      assertThat(page.locator("#plan")).isChecked();
      checkAccessible(page, "96-notification-settings-es");

      page.getByLabel("En el resumen diario").first().check();
      page.locator("#piece-3").check();
      page.locator("main form.form button[type=submit]").click();
      assertThat(page.locator("p.notice")).hasText("Sus preferencias se guardaron.");
      assertThat(page.locator("#plan-2")).isChecked();
      assertThat(page.locator("#piece-3")).isChecked();
      assertThat(page.locator("#application")).isChecked();
      checkAccessible(page, "97-notification-settings-saved-es");
    }
  }

  @Test
  void anAdminReadsTheSettingsInEnglish() {
    String admin = staff("browser-settings-en", PortalRole.ADMIN, "en");
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
      Page page = context.newPage();
      signIn(page, admin);
      page.navigate(url("/account/notifications"));
      assertThat(page.locator("main h1")).hasText("Mail about waiting work");
      assertThat(page.locator("main legend").first())
          .hasText("Contingency plans sent by delegates");
      page.locator("#pfsoRequest-2").check();
      page.locator("main form.form button[type=submit]").click();
      assertThat(page.locator("p.notice")).hasText("Your choices are saved.");
      assertThat(page.locator("#pfsoRequest-2")).isChecked();
      checkAccessible(page, "98-notification-settings-en");
    }
  }
}
