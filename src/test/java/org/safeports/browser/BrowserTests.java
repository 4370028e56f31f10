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
  @org.springframework.beans.factory.annotation.Autowired TestAccounts accounts;
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

      // Switch to Spanish with the header's switcher (the footer has one too); the choice sticks.
      page.locator("header")
          .getByRole(
              com.microsoft.playwright.options.AriaRole.LINK,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Español"))
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

      page.locator("header form[action$='/sign-out'] button[type=submit]").click();
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
        assertThat(page.locator("#memberships-heading")).isVisible();
        assertThat(page.locator("#role option")).hasCount(3);
        page.locator("#country").selectOption("");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("#country-error")).isVisible();
        checkAccessible(page, "24-user-errors-" + tag);
        page.navigate(url("/admin/audit?from=2026-13-01"));
        assertThat(page.locator("#from-error")).isVisible();
        checkAccessible(page, "25-audit-errors-" + tag);
        page.navigate(url("/admin/audit?email=admin%40demo.safeports.org"));
        // The log's own table; each change is a smaller table inside its cell.
        assertThat(page.locator("main table.list").first())
            .containsText("admin@demo.safeports.org");
        checkAccessible(page, "26-audit-" + tag);
      }
    }
  }

  @Test
  void anEditorWritesAPageTranslatesItSchedulesItAndVisitorsReadBoth() {
    String slug = org.safeports.content.TestContent.freshSlug("pilot-boarding");
    String esSlug = org.safeports.content.TestContent.freshSlug("embarque-de-practicos");
    try (BrowserContext editor = newVisitor("en-US")) {
      Page page = editor.newPage();
      signIn(page, "editor@demo.safeports.org", "harbour-demo-2026");
      page.navigate(url("/admin/content"));
      checkAccessible(page, "30-content-list-en");
      page.locator("a[href*='/admin/content/new?kind=PAGE']").click();
      checkAccessible(page, "31-new-page-en");
      page.locator("#title").fill("Security at pilot boarding points");
      page.locator("#slug").fill(slug);
      page.locator("#summary")
          .fill("What port facilities check when pilots board and leave ships.");
      page.locator("#body")
          .fill(
              "## Before boarding\n\nThe pilot's identity is checked.\n\n## On board\n\n**Escort** to the bridge.\n\n## Leaving\n\nThe log is signed.");
      page.locator("button[name=preview]").click();
      assertThat(page.locator("#preview-pane strong")).hasText("Escort");
      checkAccessible(page, "32-new-page-preview-en");
      page.locator("form.form button[type=submit]:not([name])").click();
      assertThat(page).hasURL(Pattern.compile(".*/admin/content/\\d+$"));
      checkAccessible(page, "33-edit-page-en");
      String itemPath = page.url().replaceFirst("^https?://[^/]+", "");

      page.navigate(url(itemPath + "/translations/es"));
      checkAccessible(page, "34-translation-es");
      page.locator("#title").fill("Protección en los puntos de embarque de prácticos");
      page.locator("#slug").fill(esSlug);
      page.locator("#summary")
          .fill(
              "Qué verifican las instalaciones portuarias cuando los prácticos suben y bajan de los buques.");
      page.locator("#body").fill("## Antes del embarque\n\nSe verifica la identidad del práctico.");
      page.locator("form.form button[type=submit]:not([name])").click();
      page.locator("form.inline button:has-text('Publish this translation')").click();
      assertThat(page.locator("p.notice")).isVisible();

      page.navigate(url(itemPath));
      String soon =
          java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
              .plusSeconds(5)
              .withNano(0)
              .toString();
      page.locator("#publishAt").fill(soon);
      page.locator("form.publish-form button").click();
      assertThat(page.locator(".workflow strong")).hasText("Scheduled");
      checkAccessible(page, "35-scheduled-en");
      page.navigate(url(itemPath + "/history"));
      checkAccessible(page, "36-history-en");
    }
    try (BrowserContext visitor = newVisitor("es-PE")) {
      Page page = visitor.newPage();
      com.microsoft.playwright.Response response = null;
      for (int i = 0; i < 40; i++) {
        response = page.navigate(url("/pages/" + esSlug));
        if (response.status() == 200) {
          break;
        }
        page.waitForTimeout(500);
      }
      assertThat(response.status()).isEqualTo(200);
      assertThat(page.locator("h1")).hasText("Protección en los puntos de embarque de prácticos");
      checkAccessible(page, "37-page-es");
      page.locator(".language-notice a[hreflang=en]").click();
      assertThat(page.locator("h1")).hasText("Security at pilot boarding points");
      assertThat(page.locator("html")).hasAttribute("lang", "en");
      assertThat(page.locator("nav.toc li")).hasCount(3);
      checkAccessible(page, "38-page-en");
      page.navigate(url("/news"));
      checkAccessible(page, "39-news-en");
      page.locator(".news-list a").first().click();
      checkAccessible(page, "40-article-en");
    }
  }

  @Test
  void aPortOfficialWritesForPortVoicesAndAVisitorReadsItInSpanish() {
    String title = "Simulacros que salvan puertos " + System.nanoTime();
    String authorEmail = TestAccounts.freshEmail("voices-author");
    accounts.create(authorEmail, org.safeports.platform.security.PortalRole.PFSO);
    try (BrowserContext official = newVisitor("es-PE");
        BrowserContext secretariat = newVisitor("en-US")) {
      Page author = official.newPage();
      signIn(author, authorEmail, TestAccounts.PASSWORD);
      author.navigate(url("/voices/write"));
      checkAccessible(author, "50-voices-write-es");
      author.locator("#title").fill(title);
      author.locator("#summary").fill("Por qué los ejercicios del Código PBIP importan.");
      author.locator("#body").fill("## Ensayar\n\nLos planes se aprenden **practicando**.");
      author.locator("#topic").selectOption("training");
      author.locator("#language").selectOption("es");
      author.locator("#authorPosition").fill("Oficial de protección");
      author.locator("button[name=intent][value=submit]").click();
      assertThat(author.locator("p.notice")).isVisible();
      checkAccessible(author, "51-voices-submitted-es");
      String piecePath = author.url().replaceFirst("^https?://[^/]+", "");
      String id = piecePath.substring(piecePath.lastIndexOf('/') + 1);

      Page editor = secretariat.newPage();
      signIn(editor, "editor@demo.safeports.org", "harbour-demo-2026");
      editor.navigate(url("/admin/voices"));
      checkAccessible(editor, "52-voices-queue-en");
      editor.navigate(url("/admin/voices/" + id));
      checkAccessible(editor, "53-voices-review-en");
      editor.locator("button[name=action][value=REQUEST_CHANGES]").click();
      assertThat(editor.locator("#comment-error")).isVisible();
      checkAccessible(editor, "54-voices-review-error-en");
      editor.locator("#comment").fill("Please say which ISPS Code section you mean.");
      editor.locator("button[name=action][value=REQUEST_CHANGES]").click();
      assertThat(editor.locator(".workflow strong")).hasText("Changes requested");

      author.navigate(url(piecePath));
      assertThat(author.locator(".workflow"))
          .containsText("Please say which ISPS Code section you mean.");
      checkAccessible(author, "55-voices-changes-requested-es");
      author
          .locator("#body")
          .fill("## Ensayar\n\nLa sección A/18 del Código PBIP pide **ejercicios**.");
      author.locator("button[name=intent][value=submit]").click();
      assertThat(author.locator(".workflow strong")).hasText("Enviado");

      editor.navigate(url("/admin/voices/" + id));
      editor.locator("button[name=action][value=PUBLISH]").click();
      assertThat(editor.locator(".workflow strong")).hasText("Published");
    }
    try (BrowserContext visitor = newVisitor("es-PE")) {
      Page page = visitor.newPage();
      page.navigate(url("/voices"));
      checkAccessible(page, "56-voices-list-es");
      page.locator(".news-list a", new Page.LocatorOptions().setHasText(title)).click();
      assertThat(page.locator("h1")).hasText(title);
      assertThat(page.locator(".prose strong")).hasText("ejercicios");
      assertThat(page.locator(".disclaimer")).isVisible();
      checkAccessible(page, "57-voices-piece-es");
    }
  }

  /** The secretariat's remaining screens, each checked for accessibility in Spanish. */
  @Test
  void everyOtherScreenPassesTheAccessibilityCheck() {
    try (BrowserContext admin = newVisitor("es-PE")) {
      Page page = admin.newPage();
      signIn(page, "admin@demo.safeports.org", "harbour-demo-2026");
      page.navigate(url("/admin/content/translations"));
      checkAccessible(page, "60-translations-es");
      page.navigate(url("/admin/content?overdue=true"));
      checkAccessible(page, "61-overdue-es");
      page.locator("table.list a").first().click();
      String item = page.url().replaceFirst("^https?://[^/]+", "");
      page.navigate(url(item + "/history"));
      checkAccessible(page, "62-history-es");
      page.navigate(url(item + "/compare?language=en&from=1&to=1"));
      checkAccessible(page, "63-compare-es");
      page.navigate(url("/admin/voices/participation"));
      checkAccessible(page, "64-participation-es");
      page.navigate(url("/admin/voices?status=PUBLISHED"));
      page.locator("table.list a").first().click();
      checkAccessible(page, "65-voices-published-review-es");
      page.navigate(url("/admin/mail"));
      checkAccessible(page, "66-mail-log-es");
      page.navigate(url("/account"));
      checkAccessible(page, "67-account-es");
    }
    try (BrowserContext author = newVisitor("fr-FR")) {
      Page page = author.newPage();
      signIn(page, "delegate@demo.safeports.org", "harbour-demo-2026");
      page.navigate(url("/voices/mine"));
      checkAccessible(page, "68-my-pieces-fr");
      page.locator("table.list a").first().click();
      checkAccessible(page, "69-my-piece-fr");
      page.navigate(url("/verify-email/resend"));
      checkAccessible(page, "70-resend-fr");
      page.navigate(url("/password-reset/not-a-token"));
      checkAccessible(page, "71-reset-invalid-fr");
      page.navigate(url("/voices?language=pt"));
      checkAccessible(page, "72-voices-pt-filter-fr");
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
