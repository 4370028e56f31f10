package org.safeports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.content.TestContent;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.surveys.TestSurveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Known XSS payloads (script tags, event handlers, javascript: and entity-encoded URLs, SVG and
 * MathML, mutation forms, Markdown links) typed by an editor into every field of a news item and
 * its translation: nothing executable may come out, in the HTML or in a real browser.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssCorpusTests {

  /** Elements that no page of the portal has of its own: any of them came from a payload. */
  static final Set<String> FOREIGN_ELEMENTS =
      Set.of(
          "iframe",
          "object",
          "embed",
          "svg",
          "math",
          "style",
          "base",
          "isindex",
          "marquee",
          "video",
          "audio",
          "source",
          "frame",
          "frameset",
          "applet");

  static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "data",
          "background",
          "xlink:href",
          "dynsrc",
          "lowsrc",
          "poster");

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestContent content;
  @Autowired org.safeports.forum.TestForum forum;
  @Autowired TestSurveys surveys;
  @Autowired org.safeports.events.TestEvents events;
  @Autowired org.safeports.voices.TestPieces pieces;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient queueJdbc;
  @Autowired org.safeports.search.TestSearch search;

  List<String> payloads;
  PortalClient editor;
  BrowserSupport browsers;
  String editorEmail;

  @BeforeAll
  void setUp() throws IOException {
    payloads =
        new ClassPathResource("xss/payloads.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    editorEmail = TestAccounts.freshEmail("xss-editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    editor = new PortalClient(port);
    editor.signIn(editorEmail, TestAccounts.PASSWORD);
    browsers = new BrowserSupport();
  }

  @AfterAll
  void tearDown() {
    browsers.close();
  }

  @Test
  void noPayloadSurvivesAnyFieldOfNewsOrItsTranslation() {
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
    List<String> pages = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      String slug = TestContent.freshSlug("xss-" + i);
      var created =
          editor.post(
              "/admin/content",
              "kind",
              "NEWS",
              "language",
              "en",
              "title",
              "T " + payload,
              "slug",
              slug,
              "summary",
              "S " + payload,
              "body",
              "Before\n\n" + payload + "\n\nAfter " + payload,
              "topic",
              "standards");
      Matcher id =
          Pattern.compile("/admin/content/(\\d+)").matcher(String.valueOf(created.redirectPath()));
      assertThat(id.find()).as("created with payload %s: %s", payload, created.status()).isTrue();
      String itemId = id.group(1);
      editor.post("/admin/content/" + itemId + "/status", "action", "PUBLISH");
      editor.post(
          "/admin/content/" + itemId + "/translations/es",
          "title",
          "T " + payload,
          "slug",
          slug + "-es",
          "summary",
          "S " + payload,
          "body",
          payload);
      editor.post("/admin/content/" + itemId + "/translations/es/status", "status", "PUBLISHED");
      for (String path :
          List.of(
              "/news/" + slug,
              "/news/" + slug + "-es?lang=es",
              "/admin/content/" + itemId,
              "/admin/content/" + itemId + "/translations/es",
              "/admin/content/" + itemId + "/history")) {
        String html = editor.get(path).body();
        check(payload, path, html, failures);
      }
      check(
          payload,
          "preview",
          editor.post("/admin/content/preview", "body", payload).body(),
          failures);
      if (i % 10 == 0) {
        pages.add("/news/" + slug);
        pages.add("/admin/content/" + itemId);
      }
    }
    PortalClient visitor = new PortalClient(port);
    for (String path :
        List.of("/news", "/", "/feeds/news-en.rss", "/sitemap.xml", "/sitemaps/content-1.xml")) {
      check("lists", path, visitor.get(path).body(), failures);
    }
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(pages);
  }

  @Test
  void noPayloadSurvivesTheWordsOfALeadImage() throws IOException {
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(
        new java.awt.image.BufferedImage(600, 300, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png",
        png);
    List<String> pages = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      String slug = TestContent.freshSlug("xss-lead-" + i);
      long itemId = content.publishedNews(slug, "Lead image " + i, "Body");
      var sent =
          editor.upload(
              "/admin/content/" + itemId + "/lead-image",
              java.util.Map.of(
                  "altEn",
                  "A " + payload,
                  "captionEn",
                  "C " + payload,
                  "credit",
                  ("R " + payload).substring(0, Math.min(200, payload.length() + 2)),
                  "intent",
                  "save"),
              "leadFile",
              "lead.png",
              "image/png",
              png.toByteArray());
      assertThat(sent.status()).isEqualTo(302);
      for (String path : List.of("/news/" + slug, "/admin/content/" + itemId)) {
        check(payload, path, editor.get(path).body(), failures);
      }
      if (i % 10 == 0) {
        pages.add("/news/" + slug);
        pages.add("/admin/content/" + itemId);
      }
    }
    PortalClient visitor = new PortalClient(port);
    for (String path : List.of("/news", "/")) {
      check("lists", path, visitor.get(path).body(), failures);
    }
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(pages);
  }

  @Test
  void noPayloadSurvivesAnyFieldOfAPortVoicesPiece() {
    String authorEmail = TestAccounts.freshEmail("xss-author");
    accounts.create(authorEmail, PortalRole.USER);
    PortalClient author = new PortalClient(port);
    author.signIn(authorEmail, TestAccounts.PASSWORD);
    List<String> failures = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      var created =
          author.post(
              "/voices/write",
              "title",
              "V" + i + " " + payload,
              "summary",
              "S " + payload,
              "body",
              "Before\n\n" + payload + "\n\nAfter",
              "topic",
              "health",
              "language",
              "en",
              "country",
              "CR",
              "authorName",
              "N " + payload,
              "authorPosition",
              "P " + payload,
              "authorOrganisation",
              "O " + payload,
              "authorBio",
              "B " + payload,
              "intent",
              "submit");
      Matcher id =
          Pattern.compile("/voices/mine/(\\d+)").matcher(String.valueOf(created.redirectPath()));
      assertThat(id.find()).as("piece with payload %s: %s", payload, created.status()).isTrue();
      String pieceId = id.group(1);
      editor.post("/admin/voices/" + pieceId + "/review", "action", "PUBLISH");
      editor.post(
          "/admin/voices/" + pieceId + "/translations/es",
          "title",
          "T " + payload,
          "summary",
          "S " + payload,
          "body",
          payload,
          "publish",
          "true");
      check(payload, "mine", author.get("/voices/mine/" + pieceId).body(), failures);
      check(payload, "review", editor.get("/admin/voices/" + pieceId).body(), failures);
      String list = new PortalClient(port).get("/voices?topic=health").body();
      Matcher slug = Pattern.compile("href=\"(/voices/[a-z0-9-]+)\"").matcher(list);
      check(payload, "list", list, failures);
      if (slug.find()) {
        check(payload, slug.group(1), new PortalClient(port).get(slug.group(1)).body(), failures);
        check(
            payload,
            slug.group(1) + " es",
            new PortalClient(port).language("es").get(slug.group(1)).body(),
            failures);
        if (i % 10 == 0) {
          pages.add(slug.group(1));
          pages.add("/admin/voices/" + pieceId);
        }
      }
    }
    check(
        "feeds",
        "/feeds/voices-en.atom",
        new PortalClient(port).get("/feeds/voices-en.atom").body(),
        failures);
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(pages);
  }

  @Test
  void noPayloadSurvivesAnyFieldOfAnAgendaOrItsSpeakers() {
    var event =
        events.seminar("Agenda corpus " + port, java.time.Instant.parse("2031-05-06T15:00:00Z"));
    String base = "/admin/events/" + event.id();
    List<String> failures = new ArrayList<>();
    Pattern id = Pattern.compile("-(\\d+)$");
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      var speaker =
          editor.upload(
              base + "/speakers/new",
              PortalClient.pairs(
                  "name",
                  "N" + i + " " + payload,
                  "organisation",
                  "O " + payload,
                  "country",
                  "PE",
                  "bio",
                  "B " + payload,
                  "version",
                  "0"),
              "photo",
              "",
              "application/octet-stream",
              new byte[0]);
      Matcher speakerId = id.matcher(String.valueOf(speaker.redirectPath()));
      assertThat(speakerId.find()).as("speaker with %s: %s", payload, speaker.status()).isTrue();
      var session =
          editor.post(
              base + "/agenda/sessions/new",
              "kind",
              "SESSION",
              "title",
              "S" + i + " " + payload,
              "day",
              "2031-05-06",
              "start",
              "10:00",
              "end",
              "11:00",
              "room",
              "R " + payload,
              "description",
              "D " + payload,
              "version",
              "0");
      Matcher sessionId = id.matcher(String.valueOf(session.redirectPath()));
      assertThat(sessionId.find()).as("session with %s: %s", payload, session.status()).isTrue();
      var talk =
          editor.post(
              base + "/agenda/sessions/" + sessionId.group(1) + "/talks/new",
              "title",
              "T" + i + " " + payload,
              "summary",
              "A " + payload,
              "speakers",
              speakerId.group(1),
              "version",
              "0");
      Matcher talkId = id.matcher(String.valueOf(talk.redirectPath()));
      assertThat(talkId.find()).as("talk with %s: %s", payload, talk.status()).isTrue();
      editor.post(
          base + "/agenda/sessions/" + sessionId.group(1) + "/texts/es",
          "title",
          "ES " + payload,
          "body",
          "ES " + payload);
      editor.post(
          base + "/agenda/talks/" + talkId.group(1) + "/texts/es",
          "title",
          "ES " + payload,
          "body",
          "ES " + payload);
      editor.post(base + "/speakers/" + speakerId.group(1) + "/texts/es", "body", "ES " + payload);
      if (i % 15 == 0) {
        check(
            payload,
            "talk form",
            editor.get(base + "/agenda/talks/" + talkId.group(1)).body(),
            failures);
        check(
            payload,
            "talk text",
            editor.get(base + "/agenda/talks/" + talkId.group(1) + "/texts/es").body(),
            failures);
        check(
            payload,
            "speaker form",
            editor.get(base + "/speakers/" + speakerId.group(1)).body(),
            failures);
      }
    }
    String agenda = "/events/" + event.slug() + "/agenda";
    String speakers = "/events/" + event.slug() + "/speakers";
    for (String path : List.of(agenda, agenda + "?lang=es", speakers, speakers + "?lang=es")) {
      String page = new PortalClient(port).get(path).body();
      assertThat(page).as(path).contains("N" + (payloads.size() - 1) + " ");
      check("all payloads", path, page, failures);
    }
    check("all payloads", "admin agenda", editor.get(base + "/agenda").body(), failures);
    check("all payloads", "admin speakers", editor.get(base + "/speakers").body(), failures);
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(
        List.of(agenda, agenda + "?lang=es", speakers, base + "/agenda", base + "/speakers"));
  }

  @Test
  void noPayloadSurvivesTheTitleOrOpeningPostOfAForumTopicOnTheForumsLists() {
    String authorEmail = TestAccounts.freshEmail("xss-forum");
    long authorId = accounts.create(authorEmail, PortalRole.USER);
    PortalClient author = new PortalClient(port);
    author.signIn(authorEmail, TestAccounts.PASSWORD);
    String slug =
        forum.slugOf(forum.category("XSS corpus", org.safeports.forum.ForumAudience.PUBLIC));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      String title = ("F" + i + " " + payload);
      title = title.substring(0, Math.min(title.length(), 200));
      String body = "Before\n\n" + payload + "\n\nAfter";
      var preview =
          author.post(
              "/forum/c/" + slug + "/new",
              "title",
              title,
              "body",
              body,
              "language",
              "en",
              "intent",
              "preview");
      check(payload, "new-topic preview", preview.body(), failures);
      var started =
          author.post("/forum/c/" + slug + "/new", "title", title, "body", body, "language", "en");
      assertThat(started.status()).as("topic with payload %s", payload).isEqualTo(302);
    }
    String handle = forum.handleOf(authorId);
    List<String> pages =
        List.of("/forum", "/forum/latest", "/forum/c/" + slug, "/forum/u/" + handle);
    for (String path : pages) {
      check("forum lists", path, new PortalClient(port).get(path).body(), failures);
    }
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(pages);
  }

  @Autowired org.safeports.contact.TestContact contact;

  @Test
  void noPayloadSurvivesAnyFieldOfTheContactFormOrTheSecretariatsList() {
    List<String> failures = new ArrayList<>();
    PortalClient visitor = new PortalClient(port).language("es");
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      // Refused (the address is not one), so the form comes back with everything typed in it.
      String form =
          visitor
              .post(
                  "/contact",
                  "name",
                  "N " + payload,
                  "email",
                  "x" + payload,
                  "topic",
                  payload,
                  "subject",
                  "S " + payload,
                  "message",
                  "M " + payload)
              .body();
      check(payload, "contact form", form, failures);
      assertThat(
              contact.receive(
                  "N " + payload,
                  TestAccounts.freshEmail("xss-sender"),
                  "S" + i + " " + payload,
                  "M " + payload,
                  null))
          .isTrue();
      check(payload, "/admin/contact", editor.get("/admin/contact").body(), failures);
    }
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(List.of("/admin/contact", "/admin/contact?page=1"));
  }

  /**
   * The forum's mail pages: topic titles on the preferences page, and what its forms and the
   * unsubscribe address take (refused, shown back or not found).
   */
  @Test
  void noPayloadSurvivesTheForumMailPagesAndForms() {
    List<String> failures = new ArrayList<>();
    long editorId = accounts.idOf(editorEmail);
    long category = forum.category("Forum mail corpus", org.safeports.forum.ForumAudience.PUBLIC);
    for (String payload : payloads) {
      String title = "T " + payload;
      // The editor starts each topic, and so watches it: the titles are on their preferences page.
      forum.topic(
          category,
          editorId,
          PortalRole.EDITOR,
          title.substring(0, Math.min(title.length(), 190)),
          "B " + payload);
      check(
          payload,
          "/account/forum refused",
          editor.post("/account/forum", "delivery", payload).body(),
          failures);
      check(
          payload,
          "/forum/unsubscribe",
          new PortalClient(port)
              .get(
                  "/forum/unsubscribe/"
                      + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8))
              .body(),
          failures);
    }
    check("every payload", "/account/forum", editor.get("/account/forum").body(), failures);
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(List.of("/account/forum"));
  }

  @Test
  void noPayloadSurvivesTheForumSearchQueryOrItsSnippets() {
    List<String> failures = new ArrayList<>();
    long category = forum.category("Search corpus", org.safeports.forum.ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("xss-forum"), PortalRole.USER);
    String token = "xq" + Long.toString(System.nanoTime(), 36);
    PortalClient visitor = new PortalClient(port).language("es");
    List<String> pages = new ArrayList<>();
    for (String payload : payloads) {
      forum.topic(category, author, PortalRole.USER, "T " + payload, token + " " + payload);
      String typed =
          "/forum/search?q=" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
      check(payload, "forum search query", visitor.get(typed).body(), failures);
      pages.add(typed);
    }
    for (int page = 0; page < 3; page++) {
      String hits = "/forum/search?q=" + token + "&page=" + page;
      check("all payloads", "forum search snippets", visitor.get(hits).body(), failures);
      pages.add(hits);
    }
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(pages.subList(Math.max(0, pages.size() - 12), pages.size()));
  }

  @Test
  void noPayloadSurvivesTheSiteSearchQueryTitlesPassagesOrSuggestions() {
    List<String> failures = new ArrayList<>();
    String token = "xs" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    PortalClient visitor = new PortalClient(port).language("fr");
    List<String> pages = new ArrayList<>();
    int n = 0;
    for (String payload : payloads) {
      search.publish(token + "-" + n++, "en", "T " + payload, token + " harbour " + payload);
      String typed = "/search?q=" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
      check(payload, "site search query", visitor.get(typed).body(), failures);
      String filtered =
          "/search?q="
              + java.net.URLEncoder.encode(token + " " + payload, StandardCharsets.UTF_8)
              + "&kind="
              + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
      check(payload, "site search filters", visitor.get(filtered).body(), failures);
      pages.add(typed);
    }
    for (int page = 1; page <= 3; page++) {
      String hits = "/search?q=" + token + "+harbour&page=" + page;
      check("all payloads", "site search titles and passages", visitor.get(hits).body(), failures);
      pages.add(hits);
    }
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(pages.subList(Math.max(0, pages.size() - 12), pages.size()));
  }

  @Test
  void noPayloadSurvivesSurveyTextsAnswersResultsExportsOrTheBrief() {
    TestSurveys.Made survey = surveys.withWords(payloads);
    List<String> failures = new ArrayList<>();
    String results = "/admin/surveys/" + survey.id() + "/results";
    check("every payload", results, editor.get(results).body(), failures);
    String brief = "/admin/surveys/" + survey.id() + "/brief";
    String translation = brief + "/translations/es";
    for (String payload : payloads) {
      PortalClient.Response saved =
          editor.post(brief, "summaryEn", "E " + payload, "charts", "c0", "publish", "true");
      assertThat(saved.status()).isEqualTo(302);
      // The Spanish summary goes through the translation screen, made from the new original.
      Document screen = Jsoup.parse(editor.get(translation).body());
      PortalClient.Response translated =
          editor.post(
              translation,
              "summary",
              "S " + payload,
              "revision",
              screen.select("input[name=revision]").val(),
              "basedOn",
              screen.select("input[name=basedOn]").val());
      assertThat(translated.status()).isEqualTo(302);
      check(payload, brief, editor.get(brief).body(), failures);
      check(payload, translation, editor.get(translation).body(), failures);
      // Refused (empty) with a payload as its version: the form comes back, still inert.
      check(
          payload,
          translation + " refused",
          editor.post(translation, "summary", "", "revision", payload, "basedOn", payload).body(),
          failures);
      check(
          payload,
          "/surveys/" + survey.slug() + "/brief",
          editor.language("es").get("/surveys/" + survey.slug() + "/brief").body(),
          failures);
      editor.language("en");
    }
    assertThat(failures).isEmpty();
    // In a spreadsheet no cell starts a formula.
    String csv =
        new String(editor.download(results + ".csv").body(), StandardCharsets.UTF_8)
            .replace("\uFEFF", "");
    try (org.apache.commons.csv.CSVParser parser =
        org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.DEFAULT)) {
      for (org.apache.commons.csv.CSVRecord record : parser) {
        for (String cell : record) {
          assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
          assertThat(cell).doesNotStartWith("-");
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertNothingRunsInTheBrowser(
        List.of(results, brief, translation, "/surveys/" + survey.slug() + "/brief"));
  }

  /**
   * The secretariat's queue shows titles people typed (pieces, and the claimer's name): each
   * payload as a submitted piece's title, on the dashboard and on every page of its kind filter
   * (the 50 oldest: the queue's limit per kind).
   */
  @Test
  void noPayloadSurvivesTheTitlesOfTheSecretariatsQueue() {
    List<String> failures = new ArrayList<>();
    List<Long> made = new ArrayList<>();
    try {
      queueTitles(failures, made);
    } finally {
      // Withdrawn after, so that they do not stand at the head of the queue for other tests.
      for (long id : made) {
        queueJdbc
            .sql("update voices_piece set status = 'WITHDRAWN' where id = ?")
            .param(id)
            .update();
      }
    }
  }

  private void queueTitles(List<String> failures, List<Long> made) {
    for (int i = 0; i < payloads.size(); i++) {
      long id = pieces.submittedBySomeoneElse("Q" + i + " " + payloads.get(i));
      made.add(id);
      // Older than any other test's pieces, so that the queue (the 50 oldest of each kind) lists
      // every one of them.
      queueJdbc
          .sql(
              "update voices_piece set submitted_at = timestamptz '1900-01-01' + ? * interval '1 minute' where id = ?")
          .param(i)
          .param(id)
          .update();
    }
    String dashboard = editor.get("/admin").body();
    // The kind's queue, page after page, as its pager links them.
    List<String> paths = new ArrayList<>(List.of("/admin"));
    StringBuilder filtered = new StringBuilder();
    String path = "/admin?kind=PIECE";
    while (path != null) {
      String page = editor.get(path).body();
      paths.add(path);
      filtered.append(page);
      for (String payload : payloads) {
        check(payload, path, page, failures);
      }
      Element next = Jsoup.parse(page).selectFirst("#queue .pager a[rel=next]");
      path = next == null ? null : next.attr("href");
    }
    for (String payload : payloads) {
      check(payload, "/admin", dashboard, failures);
    }
    // The queue lists the oldest 50 of a kind: the first 50 payloads are on its pages.
    assertThat(filtered.toString()).contains("Q0 ").contains("Q49 ");
    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(paths);
  }

  private void assertNothingRunsInTheBrowser(List<String> paths) {
    try (BrowserContext context = browsers.browser.newContext()) {
      Page page = context.newPage();
      AtomicInteger dialogs = new AtomicInteger();
      page.onDialog(
          dialog -> {
            dialogs.incrementAndGet();
            dialog.dismiss();
          });
      page.navigate("http://localhost:" + port + "/sign-in");
      page.locator("#email").fill(editorEmail);
      page.locator("#password").fill(TestAccounts.PASSWORD);
      page.locator("main form.form button[type=submit]").click();
      for (String path : paths) {
        page.navigate("http://localhost:" + port + path);
        page.waitForTimeout(150);
        assertThat(page.evaluate("() => window.__xss === undefined"))
            .as("window.__xss on %s", path)
            .isEqualTo(true);
      }
      assertThat(dialogs.get()).as("alert dialogs").isZero();
    }
  }

  /**
   * The charts of survey results are the portal's own SVG: class "chart", and nothing inside but a
   * title, groups, texts and rectangles.
   */
  private static boolean isOwnChart(Element element) {
    return element.normalName().equals("svg")
        && element.hasClass("chart")
        && element.getAllElements().stream()
            .skip(1)
            .allMatch(e -> Set.of("title", "g", "text", "rect").contains(e.normalName()));
  }

  /** Parses the page as a browser would and looks for anything that could run. */
  static void check(String payload, String where, String html, List<String> failures) {
    Document document = Jsoup.parse(html);
    for (Element element : document.getAllElements()) {
      String tag = element.normalName();
      if (FOREIGN_ELEMENTS.contains(tag) && !isOwnChart(element)) {
        failures.add(where + " with " + payload + ": element " + element.outerHtml());
      }
      if (tag.equals("script")
          && !element
              .attr("src")
              .matches("/assets/js/(editor|upload-size|site-search)(-[0-9a-f]+)?\\.js")) {
        failures.add(where + " with " + payload + ": script " + element.outerHtml());
      }
      if (tag.equals("meta") && element.hasAttr("http-equiv")) {
        failures.add(where + " with " + payload + ": " + element.outerHtml());
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value =
            attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        if (name.startsWith("on")) {
          failures.add(where + " with " + payload + ": handler " + element.outerHtml());
        }
        if (URL_ATTRIBUTES.contains(name)
            && value.matches("^(javascript|vbscript|data|livescript):.*")) {
          failures.add(where + " with " + payload + ": url " + element.outerHtml());
        }
        if (name.equals("style") && value.contains("javascript:")) {
          failures.add(where + " with " + payload + ": style " + element.outerHtml());
        }
      }
    }
  }
}
