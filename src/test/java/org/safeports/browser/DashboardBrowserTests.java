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
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat's queue in a real browser: an editor in Spanish takes an item, another in English
 * sees who took it; the participation pages of the secretariat and of a delegate. Every page
 * visited passes axe-core and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestPieces pieces;
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

  String editor(String name) {
    String email = TestAccounts.freshEmail("dashboard-editor");
    long id = accounts.create(email, PortalRole.EDITOR);
    jdbc.sql("update account set display_name = ? where id = ?").param(name).param(id).update();
    return email;
  }

  @Test
  void anEditorTakesAQueueItemAndAnotherEditorSeesItTaken() {
    long piece = pieces.submittedBySomeoneElse("Resilience at Puerto Quetzal");
    jdbc.sql("update voices_piece set submitted_at = '1960-01-01T00:00:00Z' where id = ?")
        .param(piece)
        .update();
    String row = "#queue tr[data-key='voices:" + piece + "']";
    String lucia = editor("Lucía Secretaría");
    String mark = editor("Mark Secretariat");

    try (BrowserContext spanish = browsers.browser.newContext(locale("es-CR"));
        BrowserContext english = browsers.browser.newContext(locale("en-US"))) {
      Page first = spanish.newPage();
      signIn(first, lucia);
      first.navigate(url("/admin"));
      checkAccessible(first, "dashboard-queue-es");
      first.locator(row + " button").click();
      assertThat(first.locator("p.notice")).containsText("Es suyo");
      assertThat(first.locator(row)).containsText("Usted se encarga.");
      checkAccessible(first, "dashboard-queue-claimed-es");

      Page second = english.newPage();
      signIn(second, mark);
      second.navigate(url("/admin?kind=PIECE"));
      assertThat(second.locator(row)).containsText("Lucía Secretaría is on it.");
      assertThat(second.locator(row + " button")).hasCount(0);
      checkAccessible(second, "dashboard-queue-taken-en");

      first.locator(row + " button").click();
      assertThat(first.locator("p.notice")).containsText("Lo ha dejado");
      second.reload();
      assertThat(second.locator(row + " button")).hasText("I'm on it");

      second.navigate(url("/admin/participation?measure=DELEGATES_APPOINTED"));
      checkAccessible(second, "participation-en");
      first.navigate(url("/admin/participation"));
      checkAccessible(first, "participation-es");
    }
  }

  @Test
  void aDelegateReadsTheirCountrysLine() {
    String email = TestAccounts.freshEmail("dashboard-delegate");
    long id = accounts.create(email, PortalRole.DELEGATE);
    jdbc.sql(
            "insert into delegate (country_code, account_id, position, appointed_at)"
                + " values ('PE', ?, 'Delegate', now())")
        .param(id)
        .update();
    for (String locale : new String[] {"es-PE", "en-US"}) {
      try (BrowserContext context = browsers.browser.newContext(locale(locale))) {
        Page page = context.newPage();
        signIn(page, email);
        page.navigate(url("/account"));
        page.locator("main a[href='/account/participation']").click();
        assertThat(page.locator("table.participation thead")).containsText("Per");
        checkAccessible(page, "own-participation-" + locale);
      }
    }
  }

  private void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(TestAccounts.PASSWORD);
    page.locator("main form.form button[type=submit]").click();
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
