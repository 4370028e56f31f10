package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A port official's first day, in a real browser: sign up in Spanish, confirm the address from the
 * e-mail (read by the admin in the mail log), sign in, turn on a second factor, sign in with it.
 * Every page visited must pass axe-core's WCAG 2.1 A/AA rules.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

  static final String PASSWORD = "faro-del-callao-al-alba";

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

  BrowserContext newVisitor(String language) {
    return browsers.browser.newContext(
        new com.microsoft.playwright.Browser.NewContextOptions().setLocale(language));
  }

  @Test
  void aPortOfficialSignsUpConfirmsSignsInAndProtectsTheAccount() {
    String email = TestAccounts.freshEmail("browser");
    try (BrowserContext visitor = newVisitor("en-US")) {
      Page page = visitor.newPage();
      page.navigate(url("/"));
      assertThat(page.locator("html")).hasAttribute("lang", "en");
      checkAccessible(page, "01-home-en");

      // Switch to Spanish; the choice sticks.
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Español"))
          .click();
      assertThat(page.locator("html")).hasAttribute("lang", "es");
      checkAccessible(page, "02-home-es");
      page.navigate(url("/sign-up"));
      assertThat(page.locator("html")).hasAttribute("lang", "es");
      checkAccessible(page, "03-sign-up-es");

      // Wrong input: messages next to the fields, what was typed is kept.
      page.locator("#displayName").fill("Rosa Quispe");
      page.locator("#email").fill("rosa-at-callao");
      page.locator("#organisation").fill("Autoridad Portuaria Nacional");
      page.locator("#country").selectOption("PE");
      page.locator("#password").fill("corta");
      page.locator("#confirmPassword").fill("corta");
      page.locator("form.form button[type=submit]").click();
      assertThat(page.locator("#email-error")).isVisible();
      assertThat(page.locator("#password-error")).isVisible();
      assertThat(page.locator("#displayName")).hasValue("Rosa Quispe");
      assertThat(page.locator("#country")).hasValue("PE");
      checkAccessible(page, "04-sign-up-errors-es");

      page.locator("#email").fill(email);
      page.locator("#password").fill(PASSWORD);
      page.locator("#confirmPassword").fill(PASSWORD);
      page.locator("form.form button[type=submit]").click();
      assertThat(page).hasURL(Pattern.compile(".*/sign-up/check-email"));
      checkAccessible(page, "05-check-email-es");
    }

    String link = readVerificationLinkAsAdmin(email);

    try (BrowserContext visitor = newVisitor("es-PE")) {
      Page page = visitor.newPage();
      page.navigate(url(link));
      checkAccessible(page, "09-verify-email-es");
      page.locator("main form button[type=submit]").click();
      assertThat(page).hasURL(Pattern.compile(".*/sign-in"));
      assertThat(page.locator("p.notice")).isVisible();
      checkAccessible(page, "10-sign-in-after-verify-es");

      signIn(page, email, PASSWORD);
      page.navigate(url("/account"));
      assertThat(page.locator("main")).containsText(email);
      checkAccessible(page, "11-account-es");

      page.navigate(url("/account/security"));
      checkAccessible(page, "12-security-es");
      page.locator("main form button[type=submit]").first().click();
      assertThat(page).hasURL(Pattern.compile(".*/account/security/second-factor"));
      assertThat(page.locator("img.qr")).isVisible();
      checkAccessible(page, "13-second-factor-set-up-es");
      String secret = page.locator("code.secret").textContent().trim();
      page.locator("#code").fill(TestAccounts.codeNow(secret));
      page.locator("main form button[type=submit]").click();
      assertThat(page.locator("ul.codes li")).hasCount(10);
      checkAccessible(page, "14-recovery-codes-es");

      page.locator("header form button[type=submit]").click();
      assertThat(page.locator("p.notice")).isVisible();

      signIn(page, email, PASSWORD);
      assertThat(page).hasURL(Pattern.compile(".*/sign-in/second-factor"));
      checkAccessible(page, "15-second-factor-es");
      page.locator("#code").fill(TestAccounts.nextCode(secret));
      page.locator("main form.form button[type=submit]").click();
      page.navigate(url("/account"));
      assertThat(page.locator("main")).containsText(email);

      page.navigate(url("/no-such-page"));
      assertThat(page.locator("h1")).isVisible();
      checkAccessible(page, "16-not-found-es");
    }
  }

  @Test
  void theSecretariatScreensWorkInFrenchAndPortuguese() {
    for (String language : List.of("fr-FR", "pt-BR")) {
      String tag = language.substring(0, 2);
      try (BrowserContext admin = newVisitor(language)) {
        Page page = admin.newPage();
        page.navigate(url("/password-reset"));
        assertThat(page.locator("html")).hasAttribute("lang", tag);
        checkAccessible(page, "20-password-reset-" + tag);
        signIn(page, "admin@demo.safeports.org", "harbour-demo-2026");
        page.navigate(url("/admin"));
        checkAccessible(page, "21-dashboard-" + tag);
        page.navigate(url("/admin/users?role=DELEGATE"));
        assertThat(page.locator("table.list")).containsText("delegate@demo.safeports.org");
        checkAccessible(page, "22-users-" + tag);
        page.locator("table.list a").first().click();
        checkAccessible(page, "23-user-" + tag);
        page.locator("#role").selectOption("PFSO");
        page.locator("#portFacility").fill("");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("#portFacility-error")).isVisible();
        checkAccessible(page, "24-user-errors-" + tag);
      }
    }
  }

  private String readVerificationLinkAsAdmin(String email) {
    try (BrowserContext admin = newVisitor("en-US")) {
      Page page = admin.newPage();
      page.navigate(url("/sign-in"));
      checkAccessible(page, "06-sign-in-en");
      signIn(page, "admin@demo.safeports.org", "harbour-demo-2026");
      page.navigate(url("/admin"));
      checkAccessible(page, "07-dashboard-en");
      String body = null;
      for (int i = 0; i < 40 && body == null; i++) {
        page.navigate(url("/admin/mail"));
        var mail =
            page.locator("article.mail")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(email));
        if (mail.count() > 0) {
          body = mail.first().locator("pre.mail-body").textContent();
        } else {
          page.waitForTimeout(250);
        }
      }
      assertThat(body)
          .as("verification mail in the mail log")
          .isNotNull()
          .contains("/verify-email?token=");
      checkAccessible(page, "08-mail-log-en");
      java.util.regex.Matcher m = Pattern.compile("https?://[^\\s]+").matcher(body);
      assertThat(m.find()).isTrue();
      return m.group().replaceFirst("^https?://[^/]+", "");
    }
  }

  private void signIn(Page page, String email, String password) {
    if (!page.url().endsWith("/sign-in")) {
      page.navigate(url("/sign-in"));
    }
    page.locator("#email").fill(email);
    page.locator("#password").fill(password);
    page.locator("main form.form button[type=submit]").click();
  }
}
