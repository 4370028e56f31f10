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

/**
 * Forum moderation in a real browser: a reader flags a post, fixing the form first; an editor in
 * Spanish finds it from the dashboard, is asked for the reason and hides it; an editor in English
 * dismisses the flags of another. Every page visited passes axe-core and reflows at 320 px.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumModerationBrowserTests {

  @LocalServerPort int port;
  @Autowired TestForum forum;
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

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void anEditorHandlesAFlaggedPostFromTheQueue() {
    long category = forum.category("Port security talk", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("author"), PortalRole.USER);
    long topic =
        forum.topic(category, author, PortalRole.USER, "Gate times", "When do gates open?");
    long flagged = forum.reply(topic, author, PortalRole.USER, "Gate 4 code is 1234");
    long other = forum.reply(topic, author, PortalRole.USER, "Sorry, wrong thread");
    forum.flag(
        other,
        accounts.create(TestAccounts.freshEmail("reader"), PortalRole.USER),
        PortalRole.USER,
        "OFF_TOPIC",
        "Not about gates");
    String readerEmail = TestAccounts.freshEmail("reader");
    accounts.create(readerEmail, PortalRole.USER);
    String editorEmail = TestAccounts.freshEmail("editor");
    accounts.create(editorEmail, PortalRole.EDITOR);

    try (BrowserContext readerContext = browsers.browser.newContext(locale("en-US"));
        BrowserContext spanish = browsers.browser.newContext(locale("es-CR"));
        BrowserContext english = browsers.browser.newContext(locale("en-US"))) {
      Page reader = readerContext.newPage();
      signIn(reader, readerEmail);
      reader.navigate(url("/forum/p/" + flagged + "/flag"));
      checkAccessible(reader, "forum-flag-en");
      reader.locator("#note").fill("A door code in public");
      reader.locator("main form.form button[type=submit]").click();
      assertThat(reader.locator("#reason-error")).containsText("Choose a reason.");
      assertThat(reader.locator("#note")).hasValue("A door code in public");
      checkAccessible(reader, "forum-flag-errors-en");
      reader.locator("input[name=reason][value=SENSITIVE]").check();
      reader.locator("main form.form button[type=submit]").click();
      reader.navigate(url("/forum/p/" + flagged + "/flag"));
      assertThat(reader.locator("main")).containsText("You already flagged this post.");

      Page editor = spanish.newPage();
      signIn(editor, editorEmail);
      editor.navigate(url("/admin"));
      editor.locator("main a[href='/admin/forum']").first().click();
      var item = editor.locator("#flagged-" + flagged);
      assertThat(item).containsText("Información de seguridad sensible");
      assertThat(item).containsText("A door code in public");
      checkAccessible(editor, "forum-queue-es");
      item.locator("form[action$='/hide'] button").click();
      assertThat(editor.locator("#hide-reason-" + flagged + "-error"))
          .containsText("Escriba el motivo: se le comunicará al autor.");
      checkAccessible(editor, "forum-queue-error-es");
      editor.locator("#hide-reason-" + flagged).fill("Un código de acceso no debe ser público.");
      editor.locator("#flagged-" + flagged + " form[action$='/hide'] button").click();
      assertThat(editor.locator("p.notice"))
          .hasText("El mensaje está oculto y se le comunicó el motivo al autor.");
      assertThat(editor.locator("#flagged-" + flagged)).hasCount(0);

      Page second = english.newPage();
      signIn(second, editorEmail);
      second.navigate(url("/admin/forum"));
      checkAccessible(second, "forum-queue-en");
      second.locator("#flagged-" + other + " form[action$='/dismiss'] button").click();
      assertThat(second.locator("p.notice")).hasText("The flags are dismissed.");
      assertThat(second.locator("#flagged-" + other)).hasCount(0);
    }
  }

  private void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(TestAccounts.PASSWORD);
    page.locator("main form.form button[type=submit]").click();
  }

  private static Browser.NewContextOptions locale(String locale) {
    return new Browser.NewContextOptions().setLocale(locale);
  }
}
