package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.support.MailReader;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin, in English, opens the members screen from the secretariat's header and invites a new
 * delegate for Costa Rica; the invitee, in Spanish and in another browser, follows the mail's link,
 * fixes a password that is too short, accepts, signs in and lands as Costa Rica's delegate, on the
 * delegates' library page and the country's history. Every page passes axe-core and reflows at 320
 * px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegatesBrowserTests {

  @LocalServerPort int port;
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

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }

  private void signIn(Page page, String email, String password) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(password);
    page.locator("main form.form button[type=submit]").click();
  }

  @Test
  void anAdminInvitesAndTheInviteeAcceptsInAnotherBrowserAndLandsAsDelegate() {
    String email = TestAccounts.freshEmail("browser-invitee");
    String password = "pier-lighthouse-gull-2026";
    try (BrowserContext secretariat = browsers.browser.newContext(locale("en-US"));
        BrowserContext home = browsers.browser.newContext(locale("es-CR"))) {
      Page admin = secretariat.newPage();
      signIn(admin, "admin@demo.safeports.org", "harbour-demo-2026");
      admin.navigate(url("/admin"));
      admin.locator("header a[href='/admin/members/delegates']").click();
      assertThat(admin).hasURL(url("/admin/members/delegates"));
      assertThat(admin.locator("main h1")).hasText("Member states' delegates");
      checkAccessible(admin, "90-delegates-admin-en");

      admin.locator("#country").selectOption("CR");
      admin.locator("#email").fill(email);
      admin.locator("main form.form button[type=submit]").click();
      assertThat(admin.locator("#displayName-error")).containsText("enter the person's name");
      assertThat(admin.locator("#email")).hasValue(email);
      checkAccessible(admin, "91-delegates-admin-errors-en");
      admin.locator("#displayName").fill("Valeria Núñez Brenes");
      admin.locator("#position").fill("Coordinadora de protección portuaria");
      admin.locator("#phone").fill("+506 2799 0000");
      admin.locator("#language").selectOption("es");
      admin.locator("main form.form button[type=submit]").click();
      assertThat(admin.locator("p.notice")).containsText("an invitation is on its way");
      assertThat(admin.locator("#country-CR")).containsText("Valeria Núñez Brenes");

      String link =
          MailReader.linkPath(new MailReader(jdbc).awaitLatest(email, "delegateInvitation", 0));
      Page invitee = home.newPage();
      invitee.navigate(url(link));
      assertThat(invitee.locator("main h1")).hasText("Delegado de Costa Rica ante el GTC");
      checkAccessible(invitee, "92-invitation-es");
      invitee.locator("#password").fill("corta");
      invitee.locator("#confirmPassword").fill("corta");
      invitee.locator("main form.form button[type=submit]").click();
      assertThat(invitee.locator("#password-error")).isVisible();
      assertThat(invitee.locator("#displayName")).hasValue("Valeria Núñez Brenes");
      checkAccessible(invitee, "93-invitation-errors-es");
      invitee.locator("#password").fill(password);
      invitee.locator("#confirmPassword").fill(password);
      invitee.locator("main form.form button[type=submit]").click();
      assertThat(invitee).hasURL(url("/sign-in"));
      assertThat(invitee.locator("p.notice")).containsText("Ahora es delegado");
      checkAccessible(invitee, "94-invitation-accepted-es");

      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  "DELEGATE"
                      .equals(
                          jdbc.sql("select role from account where email = ?")
                              .param(email)
                              .query(String.class)
                              .single()));
      signIn(invitee, email, password);
      assertThat(invitee).hasURL(url("/"));
      invitee.navigate(url("/account"));
      assertThat(invitee.locator("main")).containsText("Delegado de un Estado miembro");
      invitee.navigate(url("/library/country"));
      assertThat(invitee.locator("main h1")).isVisible();
      assertThat(invitee.locator("main")).containsText("Costa Rica");
      checkAccessible(invitee, "95-delegate-library-es");
      invitee.navigate(url("/members/cr/history"));
      assertThat(invitee.locator("main")).containsText("Valeria Núñez Brenes, nombrado delegado");
      checkAccessible(invitee, "96-history-es");

      admin.navigate(url("/admin/members/delegates"));
      admin.locator("#country-CR a[aria-label='Remove Valeria Núñez Brenes as delegate']").click();
      assertThat(admin.locator("main h1"))
          .hasText("Remove Valeria Núñez Brenes as delegate of Costa Rica?");
      checkAccessible(admin, "97-delegate-remove-en");
      admin.navigate(url("/members/cr/history"));
      checkAccessible(admin, "98-history-en");
    }
  }
}
