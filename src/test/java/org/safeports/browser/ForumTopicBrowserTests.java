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
import org.safeports.forum.ForumAudience;
import org.safeports.forum.TestForum;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The topic page in a real browser: a verified PFSO, in Spanish, opens a topic of the PFSO forum,
 * quotes a colleague's post and mentions another, previews and posts the reply; the colleague, in
 * English, finds the reply with the quote and the mention linked. Every page visited passes
 * axe-core's WCAG 2.1 A/AA rules and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumTopicBrowserTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestForum forum;
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

  @Test
  void aPfsoQuotesAColleagueMentionsAnotherAndTheReplyShowsBoth() {
    String pfsoEmail = TestAccounts.freshEmail("forum-pfso");
    accounts.create(pfsoEmail, PortalRole.PFSO);
    String colleagueEmail = TestAccounts.freshEmail("forum-colleague");
    long colleague = accounts.create(colleagueEmail, PortalRole.PFSO);
    long mentioned = accounts.create(TestAccounts.freshEmail("forum-mentioned"), PortalRole.PFSO);
    long category = forum.category("Temporada de huracanes", ForumAudience.PFSO);
    long topic =
        forum.topic(category, colleague, PortalRole.PFSO, "Preparación para huracanes", "¿Listos?");
    forum.reply(topic, colleague, PortalRole.PFSO, "Revisen los amarres del muelle 3.");
    forum.reply(topic, mentioned, PortalRole.PFSO, "Los generadores están probados.");
    String handle =
        jdbc.sql("select handle from forum_member where account_id = :a")
            .param("a", mentioned)
            .query(String.class)
            .single();

    try (BrowserContext es = browsers.browser.newContext(locale("es-PE"));
        BrowserContext en = browsers.browser.newContext(locale("en-US"))) {
      Page other = en.newPage();
      signIn(other, colleagueEmail);
      other.navigate(url("/forum/t/" + topic));
      checkAccessible(other, "forum-topic-before-en");

      Page page = es.newPage();
      signIn(page, pfsoEmail);
      page.navigate(url("/forum/t/" + topic));
      assertThat(page.locator("main h1")).hasText("Preparación para huracanes");
      assertThat(page.locator("main .breadcrumb, main nav.breadcrumb").first())
          .containsText("Temporada de huracanes");
      checkAccessible(page, "forum-topic-es");

      page.locator("#post-2 a[href*='quote=']").click();
      assertThat(page.locator("#body"))
          .hasValue(java.util.regex.Pattern.compile("^> \\*\\*[\\s\\S]*amarres"));
      checkAccessible(page, "forum-reply-quote-es");
      page.locator("#body")
          .fill(
              page.locator("#body").inputValue()
                  + "De acuerdo. @"
                  + handle
                  + " ¿y el combustible?");
      page.locator("main button[value=preview]").click();
      assertThat(page.locator("main .forum-preview blockquote")).containsText("amarres");
      assertThat(page.locator("main .forum-preview a[href='/forum/u/" + handle + "']")).isVisible();
      checkAccessible(page, "forum-reply-preview-es");
      page.locator("main button[value=post]").click();
      page.waitForURL("**#post-4");
      assertThat(page.locator("body")).containsText("Su respuesta está publicada.");
      assertThat(page.locator("#post-4 blockquote")).containsText("amarres");
      checkAccessible(page, "forum-topic-replied-es");

      other.navigate(url("/forum/t/" + topic + "/unread"));
      assertThat(other.locator("#post-4 a[href='/forum/u/" + handle + "']")).hasText("@" + handle);
      assertThat(other.locator("main")).containsText("New since your last visit");
      checkAccessible(other, "forum-topic-en");
    }
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
