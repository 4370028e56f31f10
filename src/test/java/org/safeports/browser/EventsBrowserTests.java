package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;
import static org.safeports.browser.BrowserSupport.checkReflows;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.events.TestEvents;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor goes from the events list to an event's page, in English and in Spanish; the browser's
 * zone (Brasília) is the one the times are shown in, with Panama's beside. Every page passes
 * axe-core and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsBrowserTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  BrowserSupport browsers;

  @BeforeAll
  void startBrowser() {
    browsers = new BrowserSupport();
  }

  @AfterAll
  void stopBrowser() {
    browsers.close();
  }

  @Test
  void aVisitorFindsAnEventInTheListAndReadsItsTimesInTheirZone() {
    String title = "Seminar seen from Brasilia " + port;
    events.seminar(title, Instant.parse("2031-03-04T15:00:00Z"));
    for (String language : new String[] {"en", "es"}) {
      try (BrowserContext context =
          browsers.browser.newContext(
              new Browser.NewContextOptions()
                  .setLocale(language)
                  .setTimezoneId("America/Sao_Paulo"))) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/events?lang=" + language);
        page.waitForURL(Pattern.compile(".*tz=America%2FSao_Paulo.*"));
        checkAccessible(page, "events-list-" + language);
        checkReflows(page, "events-list-" + language);
        page.getByText(title).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("dl.facts")).containsText("12:00");
        assertThat(page.locator("dl.facts")).containsText("America/Panama");
        checkAccessible(page, "event-page-" + language);
        checkReflows(page, "event-page-" + language);
      }
    }
  }
}
