package org.safeports.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.library.LibraryTestFiles;
import org.safeports.support.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The library in a real browser: Peru's delegate uploads a contingency plan in Spanish (first with
 * mistakes), an editor approves it in English, and a visitor finds it by a word that is only inside
 * the file. Every page visited passes axe-core's WCAG 2.1 A/AA rules.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryBrowserTests {

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
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setLocale(language)
            .setAcceptDownloads(true));
  }

  private void signIn(Page page, String email) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill("harbour-demo-2026");
    page.locator("main form.form button[type=submit]").click();
  }

  @Test
  void aDelegateUploadsAPlanAnEditorApprovesItAndAVisitorFindsAWordInsideIt() {
    String word = "rompeolas" + Long.toString(System.nanoTime(), 36);
    String title = "Plan de contingencia del muelle de Paita";
    byte[] pdf =
        LibraryTestFiles.pdf(
            title,
            List.of(
                "Ante un oleaje anómalo se cierra el " + word + " norte y se retiran las grúas.",
                "La capitanía de puerto coordina el cierre."));
    try (BrowserContext peru = newVisitor("es-PE");
        BrowserContext secretariat = newVisitor("en-US")) {
      Page delegate = peru.newPage();
      signIn(delegate, "delegate@demo.safeports.org");
      delegate.navigate(url("/library"));
      checkAccessible(delegate, "60-library-es");
      delegate.locator("main a[href='/library/country']").click();
      checkAccessible(delegate, "61-library-country-es");
      delegate.locator("main a[href='/library/country/new']").click();
      checkAccessible(delegate, "62-library-upload-es");

      delegate.locator("#titleEs").fill(title);
      delegate.locator("#port").fill("Paita");
      delegate.locator("#year").fill("dos mil");
      delegate.locator("main form.form button[type=submit]").click();
      assertThat(delegate.locator("#year-error")).isVisible();
      assertThat(delegate.locator("#file-error")).isVisible();
      assertThat(delegate.locator("#titleEs")).hasValue(title);
      checkAccessible(delegate, "63-library-upload-errors-es");

      delegate.locator("#year").fill("2026");
      delegate.locator("input[name=hazards][value=TSUNAMI]").check();
      delegate.locator("input[name=accessLevel][value=PUBLIC]").check();
      delegate
          .locator("#file")
          .setInputFiles(new FilePayload("plan-paita.pdf", "application/pdf", pdf));
      delegate.locator("main form.form button[type=submit]").click();
      assertThat(delegate.locator("p.notice").first()).isVisible();
      assertThat(delegate.locator(".workflow strong")).hasText("Pendiente de revisión");
      checkAccessible(delegate, "64-library-submitted-es");
      String path = delegate.url().replaceFirst("^https?://[^/]+", "");
      String id = path.substring(path.lastIndexOf('/') + 1);

      Page editor = secretariat.newPage();
      signIn(editor, "editor@demo.safeports.org");
      editor.navigate(url("/admin/library?status=PENDING"));
      checkAccessible(editor, "65-library-admin-en");
      editor.locator("main a[href='/admin/library/" + id + "']").click();
      checkAccessible(editor, "66-library-review-en");
      editor.locator("form[action$='/approve'] button").click();
      assertThat(editor.locator(".workflow strong")).hasText("Published");
      editor.navigate(url("/admin/library/downloads"));
      checkAccessible(editor, "67-library-downloads-en");
      editor.navigate(url("/admin/library/new"));
      checkAccessible(editor, "67b-library-new-en");
      editor.locator("#titleEn").fill("Draft guidance");
      editor.locator("button[name=intent][value=publish]").click();
      assertThat(editor.locator("#type-error")).isVisible();
      assertThat(editor.locator("#file-error")).isVisible();
      assertThat(editor.locator("#titleEn")).hasValue("Draft guidance");
      checkAccessible(editor, "67c-library-new-errors-en");
    }
    try (BrowserContext visitor = newVisitor("es-PE")) {
      Page page = visitor.newPage();
      page.navigate(url("/library"));
      page.locator("#q").fill(word);
      page.locator("form.library-filters button[type=submit]").click();
      assertThat(page.locator(".news-list h2 a")).hasText(title);
      assertThat(page.locator(".passage mark")).hasText(word);
      checkAccessible(page, "68-library-search-es");
      page.locator(".news-list h2 a").click();
      assertThat(page.locator("h1")).hasText(title);
      checkAccessible(page, "69-library-document-es");
      var download = page.waitForDownload(() -> page.locator(".download a.button").click());
      org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
          .isEqualTo("plan-paita.pdf");
    }
  }

  @Test
  void aFileLargerThanTheFormTakesIsRefusedInTheBrowserBeforeSending() {
    byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];
    try (BrowserContext peru = newVisitor("es-PE")) {
      Page delegate = peru.newPage();
      signIn(delegate, "delegate@demo.safeports.org");
      delegate.navigate(url("/library/country/new"));
      List<String> sent = new java.util.ArrayList<>();
      delegate.onRequest(
          request -> {
            if (request.method().equals("POST")) {
              sent.add(request.url());
            }
          });
      delegate.locator("#titleEs").fill("Plan demasiado grande");
      delegate
          .locator("#file")
          .setInputFiles(new FilePayload("plan.pdf", "application/pdf", tooLarge));
      assertThat(delegate.locator("#file-size-error")).containsText("pesa más de 25 MB");
      assertThat(delegate.locator("#file")).hasAttribute("aria-invalid", "true");
      delegate.locator("main form.form button[type=submit]").click();
      assertThat(delegate.locator("#file-size-error")).isVisible();
      assertThat(delegate.locator("#titleEs")).hasValue("Plan demasiado grande");
      org.assertj.core.api.Assertions.assertThat(sent).isEmpty();
      checkAccessible(delegate, "62b-library-upload-too-large-es");

      delegate
          .locator("#file")
          .setInputFiles(
              new FilePayload(
                  "plan.pdf", "application/pdf", LibraryTestFiles.pdf("Plan", List.of("Muelle"))));
      assertThat(delegate.locator("#file-size-error")).hasCount(0);
    }
  }

  @Test
  void aVisitorSeesRestrictedDocumentsAsRestrictedInEveryLanguage() {
    for (String language : List.of("en", "pt", "fr")) {
      try (BrowserContext visitor = newVisitor(language)) {
        Page page = visitor.newPage();
        page.navigate(url("/library?country=MX"));
        assertThat(page.locator(".tag.restricted").first()).isVisible();
        checkAccessible(page, "70-library-restricted-" + language);
        page.locator(".news-list h2 a").first().click();
        assertThat(page.locator(".restricted-box")).isVisible();
        checkAccessible(page, "71-library-restricted-document-" + language);
      }
    }
  }
}
