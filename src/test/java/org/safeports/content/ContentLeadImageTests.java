package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Download;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lead image of a news item, from the editor's form to the pages visitors read: refusals next
 * to the field with what was typed kept, copies in every width seen only by whoever may see the
 * image, and the attributes that let a browser pick a width and keep the page from moving.
 */
@PortalTest
class ContentLeadImageTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestContent content;
  @Autowired ContentEditing editing;

  PortalClient editor;

  @BeforeEach
  void signInEditor() {
    String email = TestAccounts.freshEmail("lead-editor");
    accounts.create(email, PortalRole.EDITOR);
    editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
  }

  static byte[] png(int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  static byte[] zip() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("evil.html"));
      zip.write("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  long draftNews(String prefix) {
    return editing.create(
        ContentKind.NEWS,
        "en",
        new ContentForm("Draft " + prefix, TestContent.freshSlug(prefix), "Summary", "Body", null),
        new ItemSettingsForm(null, 0, "standards", null),
        "Test Editor");
  }

  Document setLead(long id, Map<String, String> fields, String name, String type, byte[] bytes) {
    PortalClient.Response sent =
        editor.upload(
            "/admin/content/" + id + "/lead-image", fields, "leadFile", name, type, bytes);
    assertThat(sent.status()).isEqualTo(302);
    return Jsoup.parse(editor.get("/admin/content/" + id).body());
  }

  @Test
  void aFileThatIsNotAnImageIsRefusedNextToTheFieldAndTheWordsAreKept() throws Exception {
    long id = draftNews("lead-refused");
    byte[] png = png(40, 30);
    ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
    polyglot.writeBytes(png);
    polyglot.writeBytes(zip());
    Map<String, Object[]> corpus = new LinkedHashMap<>();
    corpus.put(
        "image.svg",
        new Object[] {
          "image/svg+xml",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
              .getBytes(StandardCharsets.UTF_8),
          "This file is not a JPEG, PNG or GIF image."
        });
    corpus.put(
        "page.png",
        new Object[] {
          "image/png",
          "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
          "This file is not a JPEG, PNG or GIF image."
        });
    corpus.put(
        "plan.pdf",
        new Object[] {
          "application/pdf",
          "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
          "This file is not a JPEG, PNG or GIF image."
        });
    corpus.put(
        "quay.png",
        new Object[] {
          "image/png",
          polyglot.toByteArray(),
          "This image has another file hidden after the picture."
        });
    corpus.put(
        "huge.png",
        new Object[] {
          "image/png", new byte[10 * 1024 * 1024 + 1], "The image is larger than 10 MB."
        });
    for (var sample : corpus.entrySet()) {
      Document page =
          setLead(
              id,
              Map.of("altEn", "Cranes at the quay", "credit", "Port authority", "intent", "save"),
              sample.getKey(),
              (String) sample.getValue()[0],
              (byte[]) sample.getValue()[1]);
      String why = (String) sample.getValue()[2];
      Element error = page.selectFirst("#lead-image #leadFile-error");
      assertThat(error).as(sample.getKey()).isNotNull();
      assertThat(error.text()).as(sample.getKey()).contains(why);
      assertThat(page.select("#leadFile").attr("aria-describedby")).contains("leadFile-error");
      assertThat(page.select(".alerts").text()).as("not a page alert").doesNotContain(why);
      assertThat(page.select("#altEn").attr("value")).isEqualTo("Cranes at the quay");
      assertThat(page.select("#credit").attr("value")).isEqualTo("Port authority");
    }
    assertThat(content.leadImageCount(id)).isZero();
  }

  @Test
  void anImageWithoutAlternativeTextIsRefusedUnlessDecorative() throws Exception {
    long id = draftNews("lead-alt");
    Document page =
        setLead(
            id,
            Map.of("captionEn", "The quay at dawn", "intent", "save"),
            "quay.png",
            "image/png",
            png(900, 600));
    assertThat(page.select("#altEn-error").text())
        .contains("Describe the image, or mark it as decorative.");
    assertThat(page.select("#captionEn").attr("value")).isEqualTo("The quay at dawn");
    // The accepted file stays among the item's images and is chosen in the form.
    String chosen = page.select("#leadImageId option[selected]").attr("value");
    assertThat(chosen).isNotEmpty();
    assertThat(content.leadImageCount(id)).isZero();

    editor.post(
        "/admin/content/" + id + "/lead-image",
        "leadImageId",
        chosen,
        "decorative",
        "true",
        "intent",
        "save");
    assertThat(content.leadImageCount(id)).isEqualTo(1);
  }

  @Test
  void wordsOverTheirLimitsAreRefusedNextToEachFieldAsTypedAndTheNewFileIsKept() throws Exception {
    long id = draftNews("lead-long");
    String payload = "<script>alert('lead')</script>";
    String alt = payload + "a".repeat(300);
    String caption = "c".repeat(501);
    String credit = "r".repeat(201);
    Document page =
        setLead(
            id,
            Map.of(
                "altEn", alt,
                "captionEs", caption,
                "credit", credit,
                "altFr", "Des grues",
                "intent", "save"),
            "quay.png",
            "image/png",
            png(400, 300));
    assertThat(page.select("#altEn-error").text())
        .contains("The alternative text can be at most 300 characters.");
    assertThat(page.select("#altEn").attr("aria-describedby")).contains("altEn-error");
    assertThat(page.select("#captionEs-error").text())
        .contains("The caption can be at most 500 characters.");
    assertThat(page.select("#credit-error").text())
        .contains("The credit can be at most 200 characters.");
    assertThat(page.select("#lead-image .alert").text()).isNotEmpty();
    assertThat(page.select("#altEn").attr("value")).as("kept as typed").isEqualTo(alt);
    assertThat(page.select("#captionEs").attr("value")).isEqualTo(caption);
    assertThat(page.select("#credit").attr("value")).isEqualTo(credit);
    assertThat(page.select("#altFr").attr("value")).isEqualTo("Des grues");
    assertThat(page.select("#altFr-error")).isEmpty();
    assertThat(page.html()).as("the typed text is shown as text").doesNotContain(payload);
    assertThat(page.select("#leadImageId option[selected]").attr("value"))
        .as("the accepted file is chosen, so it need not be sent again")
        .isNotEmpty();
    assertThat(content.leadImageCount(id)).isZero();
  }

  @Test
  void aChosenImageThatIsNotOneOfTheListIsRefusedWithTheWordsKept() throws Exception {
    long id = draftNews("lead-choice");
    editor.post(
        "/admin/content/" + id + "/lead-image",
        "leadImageId",
        "not-a-number",
        "altEn",
        "A tug",
        "intent",
        "save");
    Document page = Jsoup.parse(editor.get("/admin/content/" + id).body());
    assertThat(page.select("#leadFile-error").text())
        .contains("Choose an image file or one of the item’s images.");
    assertThat(page.select("#altEn").attr("value")).isEqualTo("A tug");
    editor.post(
        "/admin/content/" + id + "/lead-image",
        "leadImageId",
        "999999999",
        "altEn",
        "A tug",
        "intent",
        "save");
    page = Jsoup.parse(editor.get("/admin/content/" + id).body());
    assertThat(page.select("#leadFile-error").text())
        .contains("Choose one of this item’s own images.");
    assertThat(content.leadImageCount(id)).isZero();
  }

  @Test
  void theCopiesOfADraftsLeadImageAreForTheSecretariatUntilItIsPublished() throws Exception {
    long id = draftNews("lead-draft");
    setLead(
        id,
        Map.of("altEn", "A container ship", "intent", "save"),
        "ship.png",
        "image/png",
        png(1000, 500));
    Document edit = Jsoup.parse(editor.get("/admin/content/" + id).body());
    String original = edit.select("#lead-image img").attr("src");
    assertThat(original).matches("/media/\\d+/ship\\.jpg");
    String copy = original.replace("/ship.jpg", "/480/ship.jpg");
    PortalClient visitor = new PortalClient(port);

    assertThat(visitor.download(copy).status()).isEqualTo(404);
    assertThat(visitor.download(original).status()).isEqualTo(404);
    Download seenByEditor = editor.download(copy);
    assertThat(seenByEditor.status()).isEqualTo(200);
    assertThat(seenByEditor.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(seenByEditor.body()));
    assertThat(small.getWidth()).isEqualTo(480);
    assertThat(small.getHeight()).isEqualTo(240);
    assertThat(editor.download(original.replace("/ship.jpg", "/1200/ship.jpg")).status())
        .as("never larger than the original")
        .isEqualTo(404);

    editing.apply(id, EditorialStatus.Action.PUBLISH, null);
    Download published = visitor.download(copy);
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.headers().firstValue("Cache-Control").orElse(""))
        .contains("public")
        .contains("max-age=31536000")
        .contains("immutable");
    content.archive(id);
    assertThat(visitor.download(copy).status()).isEqualTo(404);
  }

  @Test
  void theArticleAndTheHomePageGiveEachWidthAndTheImagesSize() throws Exception {
    String slug = TestContent.freshSlug("lead-article");
    long id = content.publishedNews(slug, "Lead image news", "Body");
    content.translate(
        id, "es", TestContent.freshSlug("imagen"), "Noticia con imagen", "Texto", true);
    editor.upload(
        "/admin/content/" + id + "/lead-image",
        Map.of(
            "altEn", "Two gantry cranes",
            "altEs", "Dos grúas pórtico",
            "captionEn", "The new terminal",
            "credit", "Port of Callao",
            "intent", "save"),
        "leadFile",
        "cranes.png",
        "image/png",
        png(1000, 500));
    PortalClient visitor = new PortalClient(port);

    Document article = Jsoup.parse(visitor.get("/news/" + slug).body());
    Element img = article.selectFirst("article figure.lead-image img");
    assertThat(img).isNotNull();
    assertThat(img.attr("alt")).isEqualTo("Two gantry cranes");
    assertThat(img.attr("width")).isEqualTo("1000");
    assertThat(img.attr("height")).isEqualTo("500");
    assertThat(img.attr("srcset"))
        .matches(
            "/media/(\\d+)/240/cranes\\.jpg 240w, /media/\\1/480/cranes\\.jpg 480w,"
                + " /media/\\1/800/cranes\\.jpg 800w, /media/\\1/cranes\\.jpg 1000w");
    assertThat(img.attr("sizes")).isEqualTo("(min-width: 52rem) 48rem, calc(100vw - 2rem)");
    assertThat(img.hasAttr("loading")).as("at the top of the page: not lazy").isFalse();
    assertThat(img.attr("fetchpriority")).isEqualTo("high");
    assertThat(article.select("figure.lead-image figcaption").text())
        .isEqualTo("The new terminal · Image: Port of Callao");
    for (String candidate : img.attr("srcset").split(", ")) {
      String path = candidate.substring(0, candidate.indexOf(' '));
      assertThat(visitor.download(path).status()).as(path).isEqualTo(200);
    }

    Document spanish = Jsoup.parse(visitor.language("es").get("/news").body());
    Element card = spanish.selectFirst("a[href*=imagen]").closest("li");
    Element thumb = card.selectFirst("img.lead-thumb");
    assertThat(thumb.attr("alt")).isEqualTo("Dos grúas pórtico");
    assertThat(thumb.attr("loading")).isEqualTo("lazy");
    assertThat(thumb.attr("decoding")).isEqualTo("async");
    assertThat(thumb.attr("sizes")).isEqualTo("6rem");
    assertThat(thumb.attr("width")).isEqualTo("1000");

    Document home = Jsoup.parse(visitor.language("en").get("/").body());
    Element first = home.selectFirst("#news-heading ~ ol li");
    assertThat(first.select("a[href=/news/" + slug + "]")).hasSize(1);
    Element feature = first.selectFirst("img.lead-feature");
    assertThat(feature.hasAttr("loading")).isFalse();
    assertThat(feature.attr("fetchpriority")).isEqualTo("high");
    assertThat(feature.attr("sizes")).isEqualTo("(min-width: 32rem) 30rem, calc(100vw - 2rem)");
    assertThat(feature.attr("srcset")).contains("480w");
    assertThat(home.select("img[fetchpriority=high]")).hasSize(1);
    for (Element other : home.select("main img.lead-thumb, main img.lead-feature")) {
      if (other != feature) {
        assertThat(other.attr("loading")).as(other.outerHtml()).isEqualTo("lazy");
      }
    }
  }
}
