package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.forum.ForumAudience;
import org.safeports.forum.TestForum;
import org.safeports.identity.TestAccounts;
import org.safeports.notifications.TestForumDigests;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A subscriber in Spanish sets their forum mail; their daily digest reaches the admin's mail log
 * with the public reply and not the PFSO-only one, and its unsubscribe link, opened signed out in
 * English, stops forum mail with one button. axe-core and the 320 px reflow on every page.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumMailBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestForum forum;
  @Autowired TestForumDigests digests;
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
    assertThat(page).hasURL(url("/"));
  }

  @Test
  void aSubscribersDigestHoldsOnlyWhatTheyMayReadAndItsLinkUnsubscribesSignedOut() {
    String email = TestAccounts.freshEmail("browser-digest");
    long reader = accounts.create(email, PortalRole.USER);
    jdbc.sql("update account set language = 'es' where id = ?").param(reader).update();
    String adminEmail = TestAccounts.freshEmail("browser-digest-admin");
    accounts.create(adminEmail, PortalRole.ADMIN);
    long author =
        accounts.create(TestAccounts.freshEmail("browser-digest-author"), PortalRole.PFSO);
    long open = forum.category("Ports open", ForumAudience.PUBLIC);
    long closing = forum.category("Ports closing", ForumAudience.PUBLIC);
    long openTopic = forum.topic(open, author, PortalRole.PFSO, "Certification day", "Agenda.");
    long closedTopic = forum.topic(closing, author, PortalRole.PFSO, "Gate codes", "Codes.");

    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("es-PE"))) {
      Page page = context.newPage();
      signIn(page, email);
      page.navigate(url("/account"));
      page.locator("main a[href='/account/forum']").click();
      assertThat(page.locator("main h1")).hasText("Correos del foro");
      checkAccessible(page, "forum-mail-preferences-es");
      page.locator("#delivery-2").check();
      page.locator("main form.form button[type=submit]").click();
      assertThat(page.locator("p.notice"))
          .hasText("Sus preferencias de correo del foro se guardaron.");
      assertThat(page.locator("#delivery-2")).isChecked();
      // Watching is asked of the server directly: the topic and category pages are not this test's.
      page.evaluate(
          "async ([a, b]) => { const t = document.querySelector('input[name=_csrf]').value;"
              + " for (const path of [a, b]) { await fetch(path, {method: 'POST', headers:"
              + " {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'watch=true&_csrf='"
              + " + encodeURIComponent(t)}); } }",
          java.util.List.of(
              "/forum/c/" + forum.slugOf(open) + "/watch", "/forum/t/" + closedTopic + "/watch"));
      page.navigate(url("/account/forum"));
      assertThat(page.locator("main")).containsText("Ports open");
      assertThat(page.locator("main")).containsText("Gate codes");
      checkAccessible(page, "forum-mail-watched-es");
    }
    jdbc.sql("update forum_category set audience = 'PFSO' where id = ?").param(closing).update();
    forum.reply(openTopic, author, PortalRole.PFSO, "Auditors arrive at nine.");
    forum.reply(closedTopic, author, PortalRole.PFSO, "The new gate code is secret.");
    org.assertj.core.api.Assertions.assertThat(digests.sendDaily(reader)).isTrue();

    String unsubscribe;
    try (BrowserContext context =
        browsers.browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
      Page page = context.newPage();
      signIn(page, adminEmail);
      page.navigate(url("/admin/mail"));
      Locator mail =
          page.locator("article.mail", new Page.LocatorOptions().setHasText(email)).first();
      assertThat(mail.locator("h2")).containsText("Foro: 1 mensaje nuevo hoy");
      assertThat(mail.locator("pre.mail-body")).containsText("Auditors arrive at nine.");
      assertThat(mail.locator("pre.mail-body")).not().containsText("gate code");
      assertThat(mail).containsText("List-Unsubscribe");
      checkAccessible(page, "forum-mail-log-en");
      String body = mail.locator("pre.mail-body").textContent();
      java.util.regex.Matcher link =
          java.util.regex.Pattern.compile("https?://\\S+(/forum/unsubscribe/\\S+)").matcher(body);
      org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
      unsubscribe = link.group(1);
    }

    for (String language : java.util.List.of("en", "es")) {
      try (BrowserContext signedOut =
          browsers.browser.newContext(new Browser.NewContextOptions().setLocale(language))) {
        Page page = signedOut.newPage();
        page.navigate(url(unsubscribe + "?lang=" + language));
        checkAccessible(page, "forum-unsubscribe-" + language);
        if (language.equals("es")) {
          assertThat(page.locator("main h1")).hasText("Dejar de recibir correos del foro");
          page.locator("main form button[type=submit]").click();
          assertThat(page.locator("main h1")).hasText("Correos del foro desactivados");
          checkAccessible(page, "forum-unsubscribed-es");
        } else {
          assertThat(page.locator("main h1")).hasText("Stop forum mail");
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(
            jdbc.sql("select delivery from forum_member where account_id = ?")
                .param(reader)
                .query(String.class)
                .single())
        .isEqualTo("NONE");
  }
}
