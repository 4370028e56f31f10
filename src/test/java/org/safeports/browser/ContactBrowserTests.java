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
import org.safeports.contact.TestContact;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact form in a real browser, without an account: a reader in Spanish gets the errors next
 * to the fields, fixes them and sends; the secretariat's editor finds the message and marks it
 * answered. The fixed addresses of the privacy notice, the accessibility statement and the feeds
 * lead to their pages. Every page visited passes axe-core's WCAG 2.1 A/AA rules and reflows at 320
 * px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactBrowserTests {

  @LocalServerPort int port;
  @Autowired TestContact contact;
  BrowserSupport browsers;

  @BeforeAll
  void startBrowser() {
    browsers = new BrowserSupport();
    contact.letTheHourPass();
  }

  @AfterAll
  void stopBrowser() {
    browsers.close();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void aReaderFixesTheFormAndSendsAndTheEditorMarksTheMessageAnswered() {
    String subject = "Plan de contingencia " + Long.toString(System.nanoTime(), 36);
    try (BrowserContext reader = browsers.browser.newContext(locale("es-CR"));
        BrowserContext secretariat = browsers.browser.newContext(locale("en-US"))) {
      Page page = reader.newPage();
      page.navigate(url("/contact"));
      checkAccessible(page, "80-contact-es");

      page.locator("#name").fill("Lucía Mora");
      page.locator("#email").fill("lucia.mora-en-puerto");
      page.locator("#subject").fill(subject);
      page.locator("#message").fill("¿Dónde encuentro el plan del puerto de Limón?");
      page.locator("main form.form button[type=submit]").click();

      assertThat(page.locator("#email-error"))
          .containsText("Escriba una dirección de correo electrónico como nombre@ejemplo.org.");
      assertThat(page.locator("#topic-error")).containsText("Elija el tema de su mensaje.");
      assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
      assertThat(page.locator("#subject")).hasValue(subject);
      assertThat(page.locator("#message"))
          .hasValue("¿Dónde encuentro el plan del puerto de Limón?");
      checkAccessible(page, "81-contact-errors-es");

      page.locator("#email").fill("lucia.mora@puerto.example.cr");
      page.locator("#topic").selectOption("LIBRARY");
      page.locator("main form.form button[type=submit]").click();
      assertThat(page).hasURL(url("/contact/sent"));
      assertThat(page.locator("main h1")).hasText("Gracias: su mensaje ha llegado a la secretaría");
      checkAccessible(page, "82-contact-sent-es");

      page.navigate(url("/privacy"));
      assertThat(page).hasURL(url("/pages/privacidad"));
      assertThat(page.locator("main h1")).hasText("Aviso de privacidad");
      checkAccessible(page, "83-privacy-es");
      page.navigate(url("/accessibility"));
      assertThat(page.locator("main h1")).hasText("Declaración de accesibilidad");
      checkAccessible(page, "84-accessibility-es");
      page.navigate(url("/associate-terms"));
      assertThat(page.locator("main h1")).hasText("Condiciones para los miembros asociados");
      checkAccessible(page, "85-associate-terms-es");
      page.navigate(url("/feeds"));
      assertThat(page.locator("main a[href='/feeds/news-es.rss']"))
          .hasText("Safeports — noticias en español (RSS)");
      checkAccessible(page, "86-feeds-es");

      Page editor = secretariat.newPage();
      editor.navigate(url("/sign-in"));
      editor.locator("#email").fill("editor@demo.safeports.org");
      editor.locator("#password").fill("harbour-demo-2026");
      editor.locator("main form.form button[type=submit]").click();
      editor.navigate(url("/admin"));
      editor.locator("main a[href='/admin/contact?status=NEW']").click();
      checkAccessible(editor, "87-admin-contact");
      var message =
          editor
              .locator("article.mail")
              .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(subject));
      assertThat(message).containsText("Lucía Mora");
      assertThat(message).containsText("lucia.mora@puerto.example.cr");
      assertThat(message).containsText("The library");
      message
          .locator(
              "button",
              new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Mark as answered"))
          .click();
      assertThat(editor.locator("p.notice")).hasText("The message is marked as answered.");
      assertThat(
              editor
                  .locator("article.mail")
                  .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(subject)))
          .hasCount(0);
      editor.navigate(url("/admin/contact?status=ANSWERED"));
      assertThat(
              editor
                  .locator("article.mail")
                  .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(subject)))
          .containsText("Answered");
      checkAccessible(editor, "88-admin-contact-answered");
    }
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
