package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.events.TestEvents;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A full event in a real browser: a reader in Spanish registers and lands on the waiting list; the
 * one who held the place cancels from their events in English; the reader moves up, sees it on
 * their events and has the mails, each with a calendar file that parses, and finds the event in
 * their personal calendar feed. Every page visited passes axe-core and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventRegistrationBrowserTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAccounts accounts;
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

  void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(TestAccounts.PASSWORD);
    page.locator("main form.form button[type=submit]").click();
    page.waitForURL(url("/"));
  }

  private Calendar attachment(String email, String category) throws Exception {
    byte[] file =
        jdbc.sql(
                "select attachment from outbox_mail where recipient = ? and category = ?"
                    + " order by id desc limit 1")
            .params(email, category)
            .query(byte[].class)
            .single();
    return new CalendarBuilder().build(new StringReader(new String(file, StandardCharsets.UTF_8)));
  }

  @Test
  void aReaderWaitsForAFullEventAndMovesUpWhenThePlaceHolderCancels() throws Exception {
    TestEvents.Made event =
        events.seminarFor("Seminario lleno", Instant.now().plus(Duration.ofDays(8)), 1);
    String holderEmail = TestAccounts.freshEmail("holder");
    String readerEmail = TestAccounts.freshEmail("waiter");
    accounts.create(holderEmail, PortalRole.USER);
    accounts.create(readerEmail, PortalRole.USER);
    MailReader mail = new MailReader(jdbc);
    String feedAddress;
    try (BrowserContext en = browsers.browser.newContext(locale("en-US"));
        BrowserContext es = browsers.browser.newContext(locale("es-PA"))) {
      Page holder = en.newPage();
      signIn(holder, holderEmail);
      holder.navigate(url("/events/" + event.slug() + "/register"));
      checkAccessible(holder, "e3-register-en");
      holder.locator("main form.form button[type=submit]").click();
      assertThat(holder).hasURL(url("/account/events"));
      assertThat(holder.locator("main")).containsText("Confirmed");
      checkAccessible(holder, "e3-my-events-en");

      Page reader = es.newPage();
      signIn(reader, readerEmail);
      reader.navigate(url("/events/" + event.slug() + "/register"));
      checkAccessible(reader, "e3-register-es");
      reader.locator("main form.form button[type=submit]").click();
      assertThat(reader).hasURL(url("/account/events"));
      assertThat(reader.locator("main")).containsText("Lista de espera");
      assertThat(reader.locator("main")).containsText("primero en la lista");
      checkAccessible(reader, "e3-my-events-waiting-es");
      mail.awaitLatest(readerEmail, "event.waiting", 0);

      holder.locator("main table form button[type=submit]").click();
      assertThat(holder.locator("main [role=status]")).containsText("cancelled");
      checkAccessible(holder, "e3-cancelled-en");

      mail.awaitLatest(readerEmail, "event.promoted", 0);
      reader.reload();
      assertThat(reader.locator("main")).containsText("Confirmada");
      checkAccessible(reader, "e3-my-events-confirmed-es");
      feedAddress = reader.locator("main code.feed-address").textContent();
    }
    // The reader's own calendar feed, at the address their events page gives, as a calendar
    // program fetches it (no cookie): the event they now have a place at is in it.
    java.util.regex.Matcher path =
        java.util.regex.Pattern.compile("/calendar/[A-Za-z0-9_-]+\\.ics$").matcher(feedAddress);
    org.assertj.core.api.Assertions.assertThat(path.find()).as(feedAddress).isTrue();
    PortalClient.Download feed = new PortalClient(port).download(path.group());
    org.assertj.core.api.Assertions.assertThat(feed.status()).isEqualTo(200);
    Calendar personal =
        new CalendarBuilder()
            .build(new StringReader(new String(feed.body(), StandardCharsets.UTF_8)));
    org.assertj.core.api.Assertions.assertThat(
            personal.getComponents("VEVENT").stream()
                .map(c -> c.getProperty("SUMMARY").orElseThrow().getValue())
                .toList())
        .contains("Seminario lleno");
    Calendar promoted = attachment(readerEmail, "event.promoted");
    org.assertj.core.api.Assertions.assertThat(promoted.getComponents("VEVENT")).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(promoted.getComponents("VTIMEZONE")).hasSize(1);
    Calendar cancelled = attachment(holderEmail, "event.cancelled");
    org.assertj.core.api.Assertions.assertThat(
            cancelled.getProperty("METHOD").orElseThrow().getValue())
        .isEqualTo("CANCEL");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> mail.count(holderEmail, "event.confirmed") == 1);
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
