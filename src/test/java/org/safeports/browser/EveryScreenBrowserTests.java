package org.safeports.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeports.browser.BrowserSupport.checkAccessible;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every screen each kind of person can reach, in each of the portal's four languages: the page
 * speaks the chosen language ({@code <html lang>}) and nothing scrolls sideways at 320 px (WCAG
 * 1.4.10); in Spanish and English, axe also finds no WCAG 2.1 A/AA violation at a desktop's width
 * (1280 px) and at 320 px. Portuguese and French share the markup, the styles and the message keys
 * (MessageBundlesTest) of the other two; what differs is the length of their words, which the
 * reflow check measures. Running axe on them too doubled the class's time, some nine minutes. One
 * browser, one context per role signed in once; the language is chosen with {@code ?lang=} as the
 * switcher does, and a translated article is reached through the switcher's link to its
 * translation. The routes come from {@code AccessControlTests}' table; the few the table lists that
 * are not screens (files, feeds, forms' POSTs) are left out, and so is the staff's forced
 * second-factor set-up, which needs the portal started with that rule on.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryScreenBrowserTests {

  static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");
  static final List<String> AXE_LANGUAGES = List.of("es", "en");
  static final String DEMO_PASSWORD = "harbour-demo-2026";
  static final int DESKTOP_WIDTH = 1280;

  /** A screen: its name in the report and how to find its address once signed in. */
  record Screen(String name, Function<Page, String> address) {
    static Screen at(String name, String path) {
      return new Screen(name, page -> path);
    }
  }

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired org.safeports.forum.TestForum forum;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  long forumAuthor;
  String forumCategorySlug;
  BrowserSupport browsers;
  int visits;

  @BeforeAll
  void startBrowser() {
    browsers = new BrowserSupport();
  }

  @AfterAll
  void stopBrowser() {
    browsers.close();
    System.out.printf(
        "Every screen: %d visits (screen and language), each at %d and %d px, axe in %s%n",
        visits, DESKTOP_WIDTH, BrowserSupport.NARROWEST_WIDTH, AXE_LANGUAGES);
  }

  /** A public forum category with a topic in it, made once for the forum's screens. */
  private String forumCategory() {
    if (forumCategorySlug == null) {
      forumAuthor = accounts.create(TestAccounts.freshEmail("screens-forum"), PortalRole.USER);
      long category = forum.category("Screens forum", org.safeports.forum.ForumAudience.PUBLIC);
      forum.topic(category, forumAuthor, PortalRole.USER, "Screens topic", "Some *text*.");
      forumCategorySlug = forum.slugOf(category);
    }
    return forumCategorySlug;
  }

  @Test
  void everyScreenAVisitorCanReach() {
    List<Screen> screens =
        List.of(
            Screen.at("home", "/"),
            Screen.at("news", "/news"),
            new Screen("article", page -> firstLink(page, "/news", "^/news/(?!page/)[^/?]+$")),
            Screen.at("page", "/pages/contingency-planning"),
            Screen.at("voices", "/voices"),
            new Screen(
                "piece", page -> firstLink(page, "/voices", "^/voices/(?!mine$|write$)[^/?]+$")),
            Screen.at("library", "/library"),
            Screen.at("library-search", "/library?q=plan"),
            new Screen("document", page -> firstLink(page, "/library", "^/library/\\d+$")),
            Screen.at("feeds", "/feeds"),
            Screen.at("privacy", "/privacy"),
            Screen.at("accessibility", "/accessibility"),
            Screen.at("associate-terms", "/associate-terms"),
            Screen.at("members", "/members"),
            Screen.at("member-state", "/members/pe"),
            Screen.at("member-state-history", "/members/pe/history"),
            Screen.at("associates", "/members/associates"),
            Screen.at("associate-apply", "/members/associates/apply"),
            Screen.at("contact", "/contact"),
            Screen.at("contact-sent", "/contact/sent"),
            Screen.at("sign-in", "/sign-in"),
            Screen.at("sign-up", "/sign-up"),
            Screen.at("check-email", "/sign-up/check-email"),
            Screen.at("verify-email", "/verify-email?token=not-a-real-token"),
            Screen.at("resend", "/verify-email/resend"),
            Screen.at("password-reset", "/password-reset"),
            Screen.at("password-reset-token", "/password-reset/not-a-real-token"),
            Screen.at("not-found", "/no-such-page"),
            Screen.at("forum-search", "/forum/search?q=ISO+28000"),
            Screen.at("forum-search-refused", "/forum/search?q="),
            Screen.at("forum", "/forum"),
            Screen.at("forum-latest", "/forum/latest"),
            Screen.at("forum-category", "/forum/c/" + forumCategory()),
            Screen.at("forum-person", "/forum/u/" + forum.handleOf(forumAuthor)));
    try (BrowserContext visitor = context()) {
      visitAll(visitor.newPage(), "visitor", screens);
    }
  }

  @Test
  void theSecondFactorStepOfSigningIn() {
    String email = TestAccounts.freshEmail("screens-code");
    accounts.createWithSecondFactor(email, PortalRole.USER);
    try (BrowserContext pending = context()) {
      Page page = pending.newPage();
      signIn(page, email, TestAccounts.PASSWORD);
      visitAll(
          page, "awaiting-code", List.of(Screen.at("second-factor", "/sign-in/second-factor")));
    }
  }

  @Test
  void everyScreenARegisteredUserCanReach() {
    String email = TestAccounts.freshEmail("screens-user");
    accounts.create(email, PortalRole.USER);
    try (BrowserContext user = context()) {
      Page page = user.newPage();
      signIn(page, email, TestAccounts.PASSWORD);
      // Setting up a second factor starts with a button; the page then stays open to the session.
      page.navigate(url("/account/security"));
      page.locator("main form[action$='/second-factor/start'] button[type=submit]").click();
      page.waitForURL("**/account/security/second-factor");
      visitAll(
          page,
          "user",
          List.of(
              Screen.at("account", "/account"),
              Screen.at("security", "/account/security"),
              Screen.at("forum-mail", "/account/forum"),
              Screen.at("second-factor-set-up", "/account/security/second-factor"),
              Screen.at("my-pieces-none", "/voices/mine"),
              Screen.at("write", "/voices/write"),
              Screen.at("pfso-request", "/account/pfso"),
              Screen.at("forum-unread", "/forum/unread"),
              Screen.at("forum-new-topic", "/forum/c/" + forumCategory() + "/new"),
              Screen.at("forbidden", "/admin")));
    }
  }

  @Test
  void everyScreenADelegateAPfsoAndAnAssociateCanReach() {
    try (BrowserContext delegate = context()) {
      Page page = delegate.newPage();
      signIn(page, "delegate@demo.safeports.org", DEMO_PASSWORD);
      visitAll(
          page,
          "delegate",
          List.of(
              Screen.at("country", "/library/country"),
              Screen.at("country-new", "/library/country/new"),
              new Screen(
                  "country-document",
                  p -> firstLink(p, "/library/country", "^/library/country/\\d+$")),
              Screen.at("my-pieces", "/voices/mine"),
              Screen.at("country-participation", "/account/participation"),
              Screen.at("country-pfsos", "/members/pfsos"),
              new Screen(
                  "pfso-request-decision",
                  p -> firstLink(p, "/members/pfsos", "^/members/pfsos/requests/\\d+$")),
              new Screen("piece-editor", p -> firstLink(p, "/voices/mine", "^/voices/mine/\\d+$")),
              Screen.at("account", "/account")));
    }
    // What differs for them: the facts on their account page and what the library shows them.
    for (String role : List.of("pfso", "associate")) {
      try (BrowserContext context = context()) {
        Page page = context.newPage();
        signIn(page, role + "@demo.safeports.org", DEMO_PASSWORD);
        visitAll(
            page,
            role,
            List.of(
                Screen.at("account", "/account"),
                Screen.at("library", "/library"),
                Screen.at("forum-search", "/forum/search?q=hurricane")));
      }
    }
  }

  @Test
  void everyScreenOfAForumTopic() {
    String email = TestAccounts.freshEmail("screens-forum");
    long pfso = accounts.create(email, PortalRole.PFSO);
    long colleague = accounts.create(TestAccounts.freshEmail("screens-forum"), PortalRole.PFSO);
    long category = forum.category("Drills", org.safeports.forum.ForumAudience.PFSO);
    long topic = forum.topic(category, colleague, PortalRole.PFSO, "Port drill", "**Drill** day");
    for (int i = 2; i <= 24; i++) {
      forum.reply(topic, i % 2 == 0 ? pfso : colleague, PortalRole.PFSO, "Reply " + i);
    }
    long own = forum.reply(topic, pfso, PortalRole.PFSO, "My own reply");
    forum.attachment(
        own,
        pfso,
        "drill.pdf",
        org.safeports.library.LibraryTestFiles.pdf("Drill", List.of("Muster at gate 2.")));
    try (BrowserContext context = context()) {
      Page page = context.newPage();
      signIn(page, email, TestAccounts.PASSWORD);
      visitAll(
          page,
          "forum-pfso",
          List.of(
              Screen.at("topic", "/forum/t/" + topic + "/port-drill"),
              Screen.at("topic-last-page", "/forum/t/" + topic + "/port-drill?from=21"),
              Screen.at("reply-quote", "/forum/t/" + topic + "/reply?quote=" + own),
              Screen.at("edit", "/forum/p/" + own + "/edit")));
    }
    try (BrowserContext context = context()) {
      Page page = context.newPage();
      signIn(page, "editor@demo.safeports.org", DEMO_PASSWORD);
      page.navigate(url("/forum/p/" + own + "/edit"));
      page.locator("#body").fill("Corrected by the secretariat");
      page.locator("main button[value=save]").click();
      page.waitForLoadState();
      visitAll(
          page,
          "forum-editor",
          List.of(
              Screen.at("topic", "/forum/t/" + topic + "/port-drill?from=21"),
              Screen.at("history", "/forum/p/" + own + "/history")));
    }
  }

  @Test
  void everyScreenOfTheSecretariat() {
    try (BrowserContext editor = context()) {
      Page page = editor.newPage();
      signIn(page, "editor@demo.safeports.org", DEMO_PASSWORD);
      Function<Page, String> item = p -> firstLink(p, "/admin/content", "^/admin/content/\\d+$");
      visitAll(
          page,
          "editor",
          List.of(
              Screen.at("dashboard", "/admin"),
              Screen.at("content", "/admin/content"),
              Screen.at("content-new", "/admin/content/new?kind=PAGE"),
              new Screen("content-editor", item),
              new Screen("content-history", p -> item.apply(p) + "/history"),
              new Screen(
                  "content-compare", p -> item.apply(p) + "/compare?language=en&from=1&to=1"),
              Screen.at("translations", "/admin/content/translations"),
              new Screen("translation-editor", p -> item.apply(p) + "/translations/fr"),
              Screen.at("library-review", "/admin/library"),
              Screen.at("library-new", "/admin/library/new"),
              new Screen(
                  "library-document", p -> firstLink(p, "/admin/library", "^/admin/library/\\d+$")),
              Screen.at("downloads", "/admin/library/downloads"),
              Screen.at("voices-queue", "/admin/voices"),
              Screen.at("participation", "/admin/voices/participation"),
              new Screen(
                  "voices-review",
                  p -> firstLink(p, "/admin/voices?status=PUBLISHED", "^/admin/voices/\\d+$")),
              Screen.at("contact-messages", "/admin/contact"),
              Screen.at("delegates", "/admin/members/delegates"),
              Screen.at("applications", "/admin/members/applications"),
              new Screen(
                  "application",
                  p ->
                      firstLink(
                          p, "/admin/members/applications", "^/admin/members/applications/\\d+$")),
              Screen.at("pfsos", "/admin/members/pfsos"),
              Screen.at("forum-moderation", "/admin/forum"),
              Screen.at("forum-categories", "/admin/forum/categories"),
              Screen.at("forum-category-new", "/admin/forum/categories/new"),
              Screen.at("member-participation", "/admin/participation"),
              Screen.at(
                  "member-participation-plans", "/admin/participation?measure=PLANS_UPLOADED"),
              Screen.at("notification-settings", "/account/notifications"),
              Screen.at("forbidden", "/admin/users")));
    }
    try (BrowserContext admin = context()) {
      Page page = admin.newPage();
      signIn(page, "admin@demo.safeports.org", DEMO_PASSWORD);
      visitAll(
          page,
          "admin",
          List.of(
              Screen.at("users", "/admin/users"),
              new Screen("user", p -> firstLink(p, "/admin/users", "^/admin/users/\\d+$")),
              Screen.at("mail-log", "/admin/mail"),
              Screen.at("member-states", "/admin/members/states"),
              Screen.at("member-state-edit", "/admin/members/states/PE"),
              Screen.at("audit-log", "/admin/audit"),
              Screen.at("site-search-admin", "/admin/search"),
              Screen.at("forum-settings", "/admin/forum/settings")));
    }
  }

  @Test
  void everyScreenOfASurvey() {
    String closed =
        org.safeports.platform.text.Slugs.of(
            "Uso de la norma ISO 28000 en los puertos de los Estados miembros (2010)", 100);
    String open =
        org.safeports.platform.text.Slugs.of(
            "Cuestionario sobre las actividades del grupo y el uso del tiempo de reunión", 100);
    long closedId =
        jdbc.sql("select id from survey where slug = ?").param(closed).query(Long.class).single();
    String survey = "/admin/surveys/" + closedId;
    try (BrowserContext editor = context()) {
      Page page = editor.newPage();
      signIn(page, "editor@demo.safeports.org", DEMO_PASSWORD);
      visitAll(
          page,
          "surveys-editor",
          List.of(
              Screen.at("surveys", "/admin/surveys"),
              Screen.at("survey", survey),
              Screen.at("builder", survey + "/questions"),
              Screen.at("results", survey + "/results"),
              Screen.at("participation", survey + "/participation"),
              Screen.at("all-participation", "/admin/surveys/participation"),
              Screen.at("brief-editor", survey + "/brief"),
              Screen.at("brief-translation", survey + "/brief/translations/pt")));
    }
    try (BrowserContext delegate = context()) {
      Page page = delegate.newPage();
      signIn(page, "delegate@demo.safeports.org", DEMO_PASSWORD);
      visitAll(
          page,
          "surveys-delegate",
          List.of(
              Screen.at("surveys", "/surveys"),
              Screen.at("answer", "/surveys/" + open),
              Screen.at("copy", "/surveys/" + closed + "/copy")));
    }
    try (BrowserContext associate = context()) {
      Page page = associate.newPage();
      signIn(page, "associate@demo.safeports.org", DEMO_PASSWORD);
      visitAll(
          page, "surveys-associate", List.of(Screen.at("brief", "/surveys/" + closed + "/brief")));
    }
  }

  /**
   * Each screen in each language, checked at both widths; every failure is gathered, so one run
   * says everything that is wrong.
   */
  private void visitAll(Page page, String role, List<Screen> screens) {
    List<String> failures = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    for (Screen screen : screens) {
      addresses.add(screen.address().apply(page));
    }
    for (String language : LANGUAGES) {
      page.navigate(
          url(addresses.get(0) + (addresses.get(0).contains("?") ? "&" : "?"))
              + "lang="
              + language);
      for (int i = 0; i < screens.size(); i++) {
        String name = role + "-" + screens.get(i).name() + "-" + language;
        try {
          visit(page, addresses.get(i), language, name);
        } catch (AssertionError | RuntimeException e) {
          // The description says what is wrong and where; AssertJ's dump of the rule adds nothing.
          String message = String.valueOf(e.getMessage()).trim();
          int dump = message.indexOf("\nExpecting");
          failures.add(name + ": " + (dump > 0 ? message.substring(0, dump) : message));
        }
      }
    }
    assertThat(failures).as("screens of the %s", role).isEmpty();
  }

  private void visit(Page page, String path, String language, String name) {
    page.navigate(url(path));
    if (!path.startsWith("/sign-in")) {
      assertThat(page.url()).as("%s was sent to sign in", path).doesNotContain("/sign-in");
    }
    if (!language.equals(page.locator("html").getAttribute("lang"))) {
      // A translated article answers in its own language: the switcher leads to the reader's.
      String translation =
          page.locator("header .languages a[hreflang='" + language + "']").getAttribute("href");
      page.navigate(url(translation));
    }
    visits++;
    assertThat(page.locator("html").getAttribute("lang"))
        .as("<html lang> of %s (%s)", name, page.url())
        .isEqualTo(language);
    if (AXE_LANGUAGES.contains(language)) {
      checkAccessible(page, "every-screen/" + name, false);
    } else {
      checkReflowsAt320(page, "every-screen/" + name);
    }
  }

  private static void checkReflowsAt320(Page page, String name) {
    com.microsoft.playwright.options.ViewportSize usual = page.viewportSize();
    page.setViewportSize(BrowserSupport.NARROWEST_WIDTH, usual.height);
    try {
      BrowserSupport.checkReflows(page, name + "-320");
    } finally {
      page.setViewportSize(usual.width, usual.height);
    }
  }

  /** The first link in the main part of a list page whose address matches the pattern. */
  private String firstLink(Page page, String listPath, String pattern) {
    page.navigate(url(listPath));
    Object href =
        page.evaluate(
            "re => [...document.querySelectorAll('main a[href]')]"
                + ".map(a => a.getAttribute('href')).find(h => new RegExp(re).test(h))",
            pattern);
    assertThat(href).as("a link matching %s on %s", pattern, listPath).isNotNull();
    return (String) href;
  }

  private void signIn(Page page, String email, String password) {
    page.navigate(url("/sign-in"));
    page.locator("#email").fill(email);
    page.locator("#password").fill(password);
    page.locator("main form.form button[type=submit]").click();
    page.waitForLoadState();
  }

  private BrowserContext context() {
    return browsers.browser.newContext(
        new Browser.NewContextOptions().setLocale("es-PE").setViewportSize(DESKTOP_WIDTH, 800));
  }

  String url(String path) {
    return path.startsWith("http") ? path : "http://localhost:" + port + path;
  }
}
