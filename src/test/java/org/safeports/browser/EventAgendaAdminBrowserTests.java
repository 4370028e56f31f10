package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.events.TestEvents;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor builds an agenda from the event's admin page: a speaker with a photo, a session, a talk
 * by that speaker, the talk's title in Spanish; the public agenda in Spanish shows it. Every admin
 * screen passes axe-core in English and Spanish.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventAgendaAdminBrowserTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
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

  static byte[] photo() throws IOException {
    BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new java.awt.Color(11, 79, 108));
    g.fillOval(50, 40, 200, 220);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  @Test
  void anEditorAddsASpeakerASessionAndATalkAndTheSpanishAgendaShowsTheTranslation()
      throws IOException {
    TestEvents.Made event =
        events.seminar("Agenda editors' seminar", Instant.parse("2031-03-04T15:00:00Z"));
    String email = TestAccounts.freshEmail("agenda-browser");
    accounts.create(email, PortalRole.EDITOR);
    String site = "http://localhost:" + port;
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
      Page page = context.newPage();
      page.navigate(site + "/sign-in?lang=en");
      page.locator("#email").fill(email);
      page.locator("#password").fill(TestAccounts.PASSWORD);
      page.locator("main form.form button[type=submit]").click();
      page.waitForURL(site + "/");

      page.navigate(site + "/admin/events/" + event.id());
      page.locator("main a", new Page.LocatorOptions().setHasText("Speakers")).first().click();
      checkAccessible(page, "admin-speakers-empty-en");
      page.getByText("Add a speaker").first().click();
      checkAccessible(page, "admin-speaker-new-en");
      page.locator("#name").fill("Marta Quispe");
      page.locator("#organisation").fill("Autoridad Portuaria Nacional");
      page.locator("#country").selectOption("PE");
      page.locator("#bio").fill("Harbour pilot for twenty years.");
      page.locator("#photo").setInputFiles(new FilePayload("marta.jpg", "image/jpeg", photo()));
      page.locator("main form button[type=submit]").first().click();
      assertThat(page.locator(".notice")).containsText("The speaker was added.");
      assertThat(page.locator("table.list")).containsText("Peru");
      checkAccessible(page, "admin-speakers-en");
      page.locator("table.list a", new Page.LocatorOptions().setHasText("Marta Quispe")).click();
      assertThat(page.locator("main img")).hasCount(1);
      checkAccessible(page, "admin-speaker-edit-en");

      page.navigate(site + "/admin/events/" + event.id());
      page.locator("main a", new Page.LocatorOptions().setHasText("Agenda")).first().click();
      checkAccessible(page, "admin-agenda-empty-en");
      page.getByText("Add a session or break").first().click();
      checkAccessible(page, "admin-session-new-en");
      page.locator("#title").fill("Port security today");
      page.locator("#start").fill("10:00");
      page.locator("#end").fill("11:30");
      page.locator("#room").fill("Sala Bolívar");
      page.locator("main form button[type=submit]").first().click();
      assertThat(page.locator(".notice")).containsText("The session is on the agenda.");
      page.getByText("Add a talk to").first().click();
      checkAccessible(page, "admin-talk-new-en");
      page.locator("#title").fill("Gate controls");
      page.locator("#start").fill("10:15");
      page.locator("#end").fill("10:45");
      page.getByLabel("Marta Quispe").check();
      page.locator("main form button[type=submit]").first().click();
      assertThat(page.locator(".notice")).containsText("The talk is on the agenda.");
      assertThat(page.locator("main")).containsText("by Marta Quispe");
      checkAccessible(page, "admin-agenda-en");

      page.locator("li[id^=talk-] a", new Page.LocatorOptions().setHasText("Spanish")).click();
      checkAccessible(page, "admin-talk-text-es-en");
      page.locator("#title").fill("Control de accesos");
      page.locator("main form button[type=submit]").first().click();
      assertThat(page.locator("li[id^=talk-]")).containsText("Spanish: up to date");

      // The same screens in Spanish.
      page.navigate(site + "/admin/events/" + event.id() + "/agenda?lang=es");
      assertThat(page.locator("h1")).hasText("Agenda");
      checkAccessible(page, "admin-agenda-es");
      page.locator("li[id^=talk-] a", new Page.LocatorOptions().setHasText("Gate controls"))
          .click();
      checkAccessible(page, "admin-talk-es");
      page.goBack();
      page.locator("article h3 a").first().click();
      checkAccessible(page, "admin-session-es");
      page.navigate(site + "/admin/events/" + event.id() + "/speakers");
      checkAccessible(page, "admin-speakers-es");
      page.locator("table.list a").first().click();
      checkAccessible(page, "admin-speaker-es");
      page.locator("main ul.translations a", new Page.LocatorOptions().setHasText("español"))
          .first()
          .click();
      checkAccessible(page, "admin-speaker-text-es");

      page.navigate(site + "/events/" + event.slug() + "/agenda?lang=es");
      assertThat(page.locator("main")).containsText("Control de accesos");
      assertThat(page.locator("main")).containsText("Marta Quispe");
      page.navigate(site + "/events/" + event.slug() + "/speakers?lang=es");
      assertThat(page.locator("main")).containsText("Perú");
      assertThat(page.locator("main img")).hasCount(1);
    }
  }
}
