package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.membership.TestPfsos;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PFSO verification in a real browser: a user in Spanish asks to be verified, fixing a refused file
 * without retyping; Peru's delegate, in English, approves; the user then reaches a PFSO-only
 * library document; Brazil's delegate, in Spanish, sees nothing of Peru's request. Every page
 * visited passes axe-core's WCAG 2.1 A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PfsoBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestPfsos pfsos;
  @Autowired TestLibrary library;
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

  void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(TestAccounts.PASSWORD);
    page.locator("main form.form button[type=submit]").click();
    page.waitForURL(url("/"));
  }

  @Test
  void aUserAsksPerusDelegateApprovesAndTheUserOpensAPfsoDocumentBrazilsDelegateSeesNothing() {
    String userEmail = TestAccounts.freshEmail("pfso-browser");
    accounts.create(userEmail, PortalRole.USER);
    String peEmail = TestAccounts.freshEmail("pe-delegate");
    pfsos.delegate(accounts.create(peEmail, PortalRole.DELEGATE), "PE");
    String brEmail = TestAccounts.freshEmail("br-delegate");
    pfsos.delegate(accounts.create(brEmail, PortalRole.DELEGATE), "BR");
    long document = library.published("PFSOS", "PE", "Guardia de pasarela", "Rondas de guardia.");
    String facility = "Muelle Sur " + Long.toString(System.nanoTime(), 36);

    try (BrowserContext userContext = browsers.browser.newContext(locale("es-PE"));
        BrowserContext peContext = browsers.browser.newContext(locale("en-US"));
        BrowserContext brContext = browsers.browser.newContext(locale("es-BR"))) {
      Page user = userContext.newPage();
      signIn(user, userEmail);
      user.navigate(url("/account/pfso"));
      checkAccessible(user, "90-pfso-ask-es");
      user.locator("#country").selectOption("PE");
      user.locator("#port").fill("Callao");
      user.locator("#facility").fill(facility);
      user.locator("#imoNumber").fill("PECLL-0009");
      user.locator("#position").fill("Oficial de protección");
      user.locator("#employer").fill("Terminales del Sur S.A.");
      user.locator("#document")
          .setInputFiles(new FilePayload("carta.pdf", "application/pdf", "<html>".getBytes()));
      user.locator("main form.form button[type=submit]").click();
      assertThat(user.locator("#document-error"))
          .containsText("Adjunte la carta como archivo PDF, JPEG o PNG.");
      assertThat(user.locator("#facility")).hasValue(facility);
      checkAccessible(user, "91-pfso-ask-errors-es");
      user.locator("#document")
          .setInputFiles(new FilePayload("carta.pdf", "application/pdf", TestPfsos.letterPdf()));
      user.locator("main form.form button[type=submit]").click();
      user.waitForURL(url("/account/pfso"));
      assertThat(user.locator("main")).containsText("En espera de decisión");
      checkAccessible(user, "92-pfso-waiting-es");

      Page br = brContext.newPage();
      signIn(br, brEmail);
      br.navigate(url("/members/pfsos"));
      assertThat(br.locator("main")).not().containsText(facility);
      checkAccessible(br, "93-pfso-list-br-es");

      Page pe = peContext.newPage();
      signIn(pe, peEmail);
      pe.navigate(url("/members/pfsos"));
      checkAccessible(pe, "94-pfso-list-pe-en");
      pe.locator("main tr")
          .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(facility))
          .locator("a")
          .click();
      assertThat(pe.locator("main h1")).containsText("PFSO request of");
      checkAccessible(pe, "95-pfso-request-en");
      String requestPath = pe.url().replaceFirst("^https?://[^/]+", "");
      var response = br.navigate(url(requestPath));
      org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
      pe.locator("main form[action$='/approve'] button").click();
      assertThat(pe.locator("body")).containsText("The request is approved");
      checkAccessible(pe, "96-pfso-approved-en");

      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                user.navigate(url("/library/" + document));
                return user.locator("main a[href='/library/" + document + "/download']").count()
                    > 0;
              });
      user.locator("main a[href='/library/" + document + "/download']")
          .first()
          .waitFor(
              new com.microsoft.playwright.Locator.WaitForOptions()
                  .setState(WaitForSelectorState.VISIBLE));
      checkAccessible(user, "97-pfso-document-es");
      user.navigate(url("/account/pfso"));
      assertThat(user.locator("main")).containsText("Vigente");
      checkAccessible(user, "98-pfso-verified-es");
    }
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
