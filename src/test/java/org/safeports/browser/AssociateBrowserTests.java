package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.membership.TestAssociates;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation applies in Spanish and confirms its address from the mail; the secretariat, in
 * English, asks a question; the applicant answers; the secretariat approves; the new associate
 * member chooses a password through the welcome link, signs in and opens a document kept for
 * members. Every page visited passes axe-core's WCAG 2.1 A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociateBrowserTests {

  static final String NEW_PASSWORD = "lantern-quay-harbour-2031";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestLibrary library;
  @Autowired TestAssociates associates;
  BrowserSupport browsers;

  @BeforeAll
  void startBrowser() {
    browsers = new BrowserSupport();
    associates.letTheHourPass();
  }

  @AfterAll
  void stopBrowser() {
    browsers.close();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void anOrganisationAppliesIsAskedAnswersIsApprovedAndReadsAMembersDocument() {
    MailReader mail = new MailReader(jdbc);
    String email = TestAccounts.freshEmail("browser-associate");
    String organisation = "Cámara Marítima " + email.substring(18, 26);
    long document =
        library.published("MEMBERS", "CR", "Guía para miembros " + organisation, "Palabras.");
    String editorEmail = TestAccounts.freshEmail("browser-secretariat");
    accounts.create(editorEmail, PortalRole.EDITOR);
    try (BrowserContext applicantContext = browsers.browser.newContext(locale("es-CR"));
        BrowserContext secretariatContext = browsers.browser.newContext(locale("en-US"))) {
      Page applicant = applicantContext.newPage();
      applicant.navigate(url("/members/associates/apply"));
      assertThat(applicant.locator("main h1"))
          .hasText("Solicitar la condición de miembro asociado");
      checkAccessible(applicant, "90-associate-apply-es");

      applicant.locator("#organisation").fill(organisation);
      applicant.locator("#website").fill("camara.example.org");
      applicant.locator("main form.form button[type=submit]").click();
      assertThat(applicant.locator("#website-error")).containsText("Escriba una dirección web");
      assertThat(applicant.locator("#kind-error")).containsText("Elija el tipo de organización.");
      assertThat(applicant.locator("#organisation")).hasValue(organisation);
      checkAccessible(applicant, "91-associate-apply-errors-es");

      applicant.locator("label[for='kind-3']").click();
      applicant.locator("#country").selectOption("CR");
      applicant.locator("#website").fill("https://camara.example.org");
      applicant.locator("#name").fill("Elena Vargas");
      applicant.locator("#position").fill("Directora de protección");
      applicant.locator("#email").fill(email);
      applicant.locator("#motivation").fill("Representamos a las navieras de Puerto Limón.");
      applicant.locator("#areas").check();
      applicant.locator("#terms").check();
      long before = mail.count(email, "associate.confirm");
      applicant.locator("main form.form button[type=submit]").click();
      assertThat(applicant).hasURL(url("/members/associates/apply/sent"));
      assertThat(applicant.locator("main")).containsText(email);
      checkAccessible(applicant, "92-associate-sent-es");

      String confirm = MailReader.linkPath(mail.awaitLatest(email, "associate.confirm", before));
      applicant.navigate(url(confirm));
      checkAccessible(applicant, "93-associate-confirm-es");
      applicant.locator("main form.form button[type=submit]").click();
      assertThat(applicant.locator("main")).containsText("en manos de la secretaría");
      checkAccessible(applicant, "94-associate-confirmed-es");

      Page secretariat = secretariatContext.newPage();
      signIn(secretariat, editorEmail, TestAccounts.PASSWORD);
      secretariat.navigate(url("/admin/members/applications"));
      checkAccessible(secretariat, "95-admin-applications-en");
      secretariat.locator("main a", new Page.LocatorOptions().setHasText(organisation)).click();
      assertThat(secretariat.locator("main h1")).hasText(organisation);
      checkAccessible(secretariat, "96-admin-application-en");
      secretariat.locator("main form[action$='/ask'] button").click();
      assertThat(secretariat.locator("#message-error")).containsText("Write a message.");
      long asked = mail.count(email, "associate.question");
      secretariat.locator("#message").fill("Which shipping lines do you represent?");
      secretariat.locator("main form[action$='/ask'] button").click();
      assertThat(secretariat.locator(".notice")).containsText("The question was sent");
      checkAccessible(secretariat, "97-admin-application-asked-en");

      String thread = MailReader.linkPath(mail.awaitLatest(email, "associate.question", asked));
      applicant.navigate(url(thread));
      assertThat(applicant.locator("main")).containsText("Which shipping lines do you represent?");
      checkAccessible(applicant, "98-associate-thread-es");
      applicant.locator("#message").fill("Las cinco navieras con servicio regular a Moín.");
      applicant.locator("main form.form button[type=submit]").click();
      assertThat(applicant.locator(".notice")).containsText("Su respuesta se envió");
      checkAccessible(applicant, "99-associate-answered-es");

      secretariat.reload();
      assertThat(secretariat.locator("main")).containsText("Las cinco navieras");
      long welcomed = mail.count(email, "associate.welcomeNew");
      secretariat.locator("main form[action$='/approve'] button").click();
      assertThat(secretariat.locator(".notice")).containsText("approved");
      checkAccessible(secretariat, "100-admin-application-approved-en");
      secretariat.navigate(url("/members/associates?sort=country"));
      assertThat(secretariat.locator("main table")).containsText(email);
      checkAccessible(secretariat, "101-associates-directory-en");

      String welcome = mail.awaitLatest(email, "associate.welcomeNew", welcomed);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  jdbc.sql("select role from account where email = ?")
                      .param(email)
                      .query(String.class)
                      .single()
                      .equals("ASSOCIATE"));
      applicant.navigate(url(MailReader.linkPath(welcome)));
      applicant.locator("#newPassword").fill(NEW_PASSWORD);
      applicant.locator("#confirmPassword").fill(NEW_PASSWORD);
      applicant.locator("main form.form button[type=submit]").click();
      signIn(applicant, email, NEW_PASSWORD);
      applicant.navigate(url("/library/" + document));
      assertThat(applicant.locator("main a[href='/library/" + document + "/download']"))
          .isVisible();
      checkAccessible(applicant, "102-members-document-es");
      applicant.navigate(url("/members/associates"));
      assertThat(applicant.locator("main table")).containsText("Elena Vargas");
      checkAccessible(applicant, "103-associates-directory-es");
    }
  }

  private void signIn(Page page, String email, String password) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(password);
    page.locator("main form.form button[type=submit]").click();
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
