package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class ContentWorkflowTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestContent content;
  @Autowired JdbcClient jdbc;

  PortalClient editor;

  @BeforeEach
  void signInEditor() {
    String email = TestAccounts.freshEmail("editor");
    accounts.create(email, PortalRole.EDITOR);
    editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
  }

  long createdId(Response response) {
    Matcher m = Pattern.compile("/admin/content/(\\d+)").matcher(response.redirectPath());
    assertThat(m.find()).as(response.status() + " " + response.body()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void anEditorWritesTranslatesAndSchedulesAPageAndVisitorsReadItInTheirLanguage() {
    String slug = TestContent.freshSlug("port-drills");
    Response created =
        editor.post(
            "/admin/content",
            "kind",
            "PAGE",
            "language",
            "en",
            "title",
            "Port security drills",
            "slug",
            slug,
            "summary",
            "How ports in the region rehearse their security plans.",
            "body",
            "## Why drill\n\nPlans work when people know them.\n\n## How often\n\nEvery quarter.\n\n## Who\n\nEveryone.",
            "position",
            "50");
    long id = createdId(created);
    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.get("/pages/" + slug).status()).as("a draft is not public").isEqualTo(404);

    String esSlug = TestContent.freshSlug("simulacros");
    Response translated =
        editor.post(
            "/admin/content/" + id + "/translations/es",
            "title",
            "Simulacros de protección portuaria",
            "slug",
            esSlug,
            "summary",
            "Cómo ensayan los puertos sus planes.",
            "body",
            "## Por qué\n\nLos planes funcionan cuando se conocen.");
    assertThat(translated.isRedirectTo("/admin/content/" + id + "/translations/es")).isTrue();
    editor.post("/admin/content/" + id + "/translations/es/status", "status", "PUBLISHED");

    // Scheduled for tomorrow: still not public.
    editor.post(
        "/admin/content/" + id + "/status",
        "action",
        "PUBLISH",
        "publishAt",
        java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1).withNano(0).toString());
    assertThat(editor.get("/admin/content/" + id).body()).contains("Scheduled");
    assertThat(visitor.get("/pages/" + slug).status()).isEqualTo(404);

    // The time comes.
    jdbc.sql("update content_item set publish_at = now() - interval '1 minute' where id = ?")
        .param(id)
        .update();
    Response english = visitor.get("/pages/" + slug);
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body())
        .contains("Port security drills")
        .contains("id=\"why-drill\"")
        .contains("On this page");

    PortalClient spanishReader = new PortalClient(port).language("es-PE");
    Response englishAddress = spanishReader.get("/pages/" + slug);
    assertThat(englishAddress.status())
        .as("the English address answers in English, also to a Spanish reader")
        .isEqualTo(200);
    assertThat(englishAddress.body())
        .contains("Port security drills")
        .contains("href=\"/pages/" + esSlug + "?lang=es\"");
    assertThat(spanishReader.get("/pages/" + slug + "?lang=es").isRedirectTo("/pages/" + esSlug))
        .as("choosing Spanish on the English page goes to the Spanish text")
        .isTrue();
    assertThat(spanishReader.get("/pages/" + esSlug).body())
        .contains("Simulacros de protección portuaria")
        .contains("hreflang=\"en\"");

    PortalClient frenchReader = new PortalClient(port).language("fr");
    assertThat(frenchReader.get("/pages/" + slug).body()).doesNotContain("class=\"notice\"");
    Response french = frenchReader.get("/pages/" + slug + "?lang=fr");
    assertThat(french.status()).isEqualTo(200);
    assertThat(french.body()).contains("Port security drills").contains("class=\"notice\"");
  }

  @Test
  void aRenamedPageKeepsItsOldAddress() {
    String slug = TestContent.freshSlug("old-name");
    long id = content.publishedPage(slug, "Old name", "Body");
    String page = editor.get("/admin/content/" + id).body();
    String version = value(page, "version");
    String newSlug = TestContent.freshSlug("new-name");
    editor.post(
        "/admin/content/" + id,
        "title",
        "New name",
        "slug",
        newSlug,
        "summary",
        "S",
        "body",
        "Body",
        "version",
        version,
        "position",
        "900");
    Response old = new PortalClient(port).get("/pages/" + slug);
    assertThat(old.status()).isEqualTo(301);
    assertThat(old.redirectPath()).isEqualTo("/pages/" + newSlug);
  }

  @Test
  void twoEditorsDoNotOverwriteEachOther() {
    long id = content.publishedPage(TestContent.freshSlug("shared"), "Shared page", "First text");
    String version = value(editor.get("/admin/content/" + id).body(), "version");
    String slug = value(editor.get("/admin/content/" + id).body(), "slug");
    Response first =
        editor.post(
            "/admin/content/" + id,
            "title",
            "Shared page",
            "slug",
            slug,
            "summary",
            "S",
            "body",
            "Alice's text",
            "version",
            version,
            "position",
            "900");
    assertThat(first.isRedirectTo("/admin/content/" + id)).isTrue();
    Response second =
        editor.post(
            "/admin/content/" + id,
            "title",
            "Shared page",
            "slug",
            slug,
            "summary",
            "S",
            "body",
            "Bob's text",
            "version",
            version,
            "position",
            "900");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).contains("Someone else saved this text").contains("Bob&#39;s text");
    assertThat(new PortalClient(port).get("/pages/" + slug).body())
        .contains("Alice")
        .doesNotContain("Bob");
  }

  @Test
  void everySaveIsARevisionThatCanBeComparedAndRestored() {
    String slug = TestContent.freshSlug("revised");
    long id = content.publishedPage(slug, "Revised", "The first words.");
    String version = value(editor.get("/admin/content/" + id).body(), "version");
    editor.post(
        "/admin/content/" + id,
        "title",
        "Revised",
        "slug",
        slug,
        "summary",
        "S",
        "body",
        "The second <words>.",
        "version",
        version,
        "position",
        "900");
    String history = editor.get("/admin/content/" + id + "/history").body();
    assertThat(history).contains("Restore");
    String compare = editor.get("/admin/content/" + id + "/compare?language=en&from=1&to=2").body();
    assertThat(compare)
        .contains("<del>")
        .contains("<ins>")
        .contains("&lt;")
        .doesNotContain("<words>");
    assertThat(
            editor
                .post("/admin/content/" + id + "/restore", "language", "en", "number", "1")
                .isRedirectTo("/admin/content/" + id + "/history"))
        .isTrue();
    assertThat(new PortalClient(port).get("/pages/" + slug).body()).contains("The first words.");
  }

  @Test
  void badInputIsExplainedAndKept() {
    Response response =
        editor.post(
            "/admin/content",
            "kind",
            "NEWS",
            "language",
            "en",
            "title",
            "",
            "slug",
            "Not A Slug!",
            "summary",
            "",
            "body",
            "Kept **text**",
            "topic",
            "nonsense");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("id=\"title-error\"")
        .contains("id=\"slug-error\"")
        .contains("id=\"summary-error\"")
        .contains("id=\"topic-error\"")
        .contains("Kept **text**");
  }

  @Test
  void thePreviewButtonRendersWithoutSaving() {
    Response response =
        editor.post(
            "/admin/content",
            "kind",
            "PAGE",
            "language",
            "es",
            "title",
            "Vista previa",
            "summary",
            "S",
            "body",
            "## Título\n\n**negrita**",
            "preview",
            "1");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("<strong>negrita</strong>");
  }

  @Test
  void missingAndStaleTranslationsAreListed() {
    String slug = TestContent.freshSlug("to-translate");
    long id = content.publishedPage(slug, "To translate " + slug, "Original");
    content.translate(id, "pt", TestContent.freshSlug("traduzir"), "Traduzir", "Original pt", true);
    String version = value(editor.get("/admin/content/" + id).body(), "version");
    editor.post(
        "/admin/content/" + id,
        "title",
        "To translate " + slug,
        "slug",
        slug,
        "summary",
        "S",
        "body",
        "Changed original",
        "version",
        version,
        "position",
        "900");
    String work = editor.get("/admin/content/translations").body();
    int pt = work.indexOf("id=\"work-pt\"");
    int fr = work.indexOf("id=\"work-fr\"");
    assertThat(work.substring(pt, fr)).contains("To translate " + slug).contains("out of date");
    assertThat(work.substring(fr)).contains("To translate " + slug).contains("missing");
  }

  @Test
  void newsHasFeedsAndEveryPublicPageIsInTheSitemap() {
    String slug = TestContent.freshSlug("feed-news");
    long id = content.publishedNews(slug, "Feed news " + slug, "Body");
    String esSlug = TestContent.freshSlug("noticia");
    content.translate(id, "es", esSlug, "Noticia", "Cuerpo", true);
    PortalClient visitor = new PortalClient(port);
    assertThat(visitor.get("/feeds/news-en.rss").body())
        .contains("<rss version=\"2.0\"")
        .contains("/news/" + slug);
    assertThat(visitor.get("/feeds/news-es.atom").body())
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .contains("/news/" + esSlug);
    String sitemap = org.safeports.support.Sitemaps.merged(visitor);
    assertThat(sitemap)
        .contains("/news/" + slug + "</loc>")
        .contains("hreflang=\"es\" href=\"http://localhost:8080/news/" + esSlug);
    String article = visitor.get("/news/" + slug).body();
    assertThat(article)
        .contains("property=\"og:title\"")
        .contains("Feed news")
        .contains("rel=\"alternate\" hreflang=\"es\"");
    assertThat(visitor.get("/news?topic=standards").body()).contains("Feed news " + slug);
  }

  @Test
  void imagesAreCheckedByContentAndResizedForTheWeb() throws Exception {
    long id = content.publishedPage(TestContent.freshSlug("with-image"), "With image", "Text");
    java.awt.image.BufferedImage wide =
        new java.awt.image.BufferedImage(2400, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(wide, "png", png);
    Response uploaded =
        editor.upload(
            "/admin/content/" + id + "/images",
            "image",
            "Harbour view.PNG",
            "image/png",
            png.toByteArray());
    assertThat(uploaded.isRedirectTo("/admin/content/" + id)).isTrue();
    String page = editor.get("/admin/content/" + id).body();
    Matcher path = Pattern.compile("/media/\\d+/harbour-view\\.jpg").matcher(page);
    assertThat(path.find()).as(page).isTrue();
    var image = new PortalClient(port).get(path.group());
    assertThat(image.status()).isEqualTo(200);

    Response fake =
        editor.upload(
            "/admin/content/" + id + "/images",
            "image",
            "photo.png",
            "image/png",
            "<html><script>alert(1)</script></html>".getBytes());
    assertThat(fake.isRedirectTo("/admin/content/" + id)).isTrue();
    assertThat(editor.get("/admin/content/" + id).body())
        .contains("This file is not a JPEG, PNG or GIF image.");
    Response empty =
        editor.upload(
            "/admin/content/" + id + "/images", "image", "empty.png", "image/png", new byte[0]);
    assertThat(empty.isRedirectTo("/admin/content/" + id)).isTrue();
    assertThat(editor.get("/admin/content/" + id).body()).contains("Choose an image file first.");
  }

  @Test
  void anArchivedItemIsGoneForVisitors() {
    String slug = TestContent.freshSlug("archived");
    long id = content.publishedNews(slug, "Archived", "Body");
    content.archive(id);
    assertThat(new PortalClient(port).get("/news/" + slug).status()).isEqualTo(404);
  }

  static String value(String html, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("field " + name).isTrue();
    return m.group(1);
  }
}
