package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.events.TestEvents;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor attaches a library document to an event in a real browser, in Spanish and English; the
 * documents screen and the event's form (with its host country) pass axe-core and reflow at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDocumentsBrowserTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestLibrary library;
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

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void anEditorFindsAndAttachesADocumentOnAnAccessibleScreen() {
    String word = "Mooring" + port;
    library.published("PUBLIC", null, word + " open guide", "Words.");
    library.published("PFSOS", null, word + " officers' note", "Words.");
    TestEvents.Made event =
        events.seminar("Browser documents " + port, Instant.now().plus(Duration.ofDays(9)));
    String email = TestAccounts.freshEmail("documents-browser");
    accounts.create(email, PortalRole.EDITOR);
    try (BrowserContext context = browsers.browser.newContext()) {
      Page page = context.newPage();
      page.navigate(url("/sign-in"));
      page.locator("#email").fill(email);
      page.locator("#password").fill(TestAccounts.PASSWORD);
      page.locator("main form.form button[type=submit]").click();
      page.waitForURL(url("/"));

      page.navigate(url("/admin/events/" + event.id() + "?lang=es"));
      assertThat(page.locator("#hostCountry")).hasValue("PA");
      checkAccessible(page, "event-form-host-es");
      page.locator("a[href$='/admin/events/" + event.id() + "/documents']").click();
      page.locator("#q").fill(word);
      page.locator("main form[role=search] button[type=submit]").click();
      assertThat(page.locator("main")).containsText(word + " officers' note");
      checkAccessible(page, "event-documents-found-es");

      page.navigate(url("/admin/events/" + event.id() + "/documents?q=" + word + "&lang=en"));
      page.locator("main tr", new Page.LocatorOptions().setHasText(word + " open guide"))
          .locator("button")
          .click();
      assertThat(page.locator(".alerts [role=status]")).containsText("Document attached.");
      assertThat(page.locator("#attached-title + table")).containsText(word + " open guide");
      checkAccessible(page, "event-documents-attached-en");
    }
  }
}
