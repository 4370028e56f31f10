package org.safeports.voices;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Download;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A piece's lead image: the author gives it with its words in the piece's language (refusals next
 * to the field), nobody else sees it or its copies before publication, an editor adds the words in
 * another language, and the published piece offers every width.
 */
@PortalTest
class PieceLeadImageTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail("lead-piece");
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  static byte[] png(int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void theAuthorsLeadImageIsRefusedNextToTheFieldThenPublishedWithEveryWidth() throws Exception {
    PortalClient author = signedIn(PortalRole.USER);
    long id =
        PortVoicesTests.idOf(
            author.post("/voices/write", PortVoicesTests.piece("Con imagen", "save")));
    String form = "/voices/mine/" + id + "/lead-image";
    author.get("/voices/mine/" + id); // as a browser follows the redirect: its notice is shown

    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    author.upload(
        form,
        Map.of("altEs", "Grúas", "intent", "save"),
        "leadFile",
        "x.svg",
        "image/svg+xml",
        svg);
    Document page = Jsoup.parse(author.get("/voices/mine/" + id).body());
    assertThat(page.select("#lead-image #leadFile-error").text())
        .contains("This file is not a JPEG, PNG or GIF image.");
    assertThat(page.select(".alerts").text()).doesNotContain("not a JPEG");
    assertThat(page.select("#altEs").attr("value")).isEqualTo("Grúas");
    assertThat(page.select("#altEn")).as("the author writes in the piece's language").isEmpty();

    ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
    polyglot.writeBytes(png(40, 30));
    polyglot.writeBytes("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    author.upload(
        form,
        Map.of("altEs", "Grúas", "intent", "save"),
        "leadFile",
        "q.png",
        "image/png",
        polyglot.toByteArray());
    page = Jsoup.parse(author.get("/voices/mine/" + id).body());
    assertThat(page.select("#leadFile-error").text())
        .contains("This image has another file hidden");

    author.post(
        form,
        "altEs",
        "x".repeat(301),
        "captionEs",
        "El muelle",
        "credit",
        "Rosa",
        "intent",
        "save");
    page = Jsoup.parse(author.get("/voices/mine/" + id).body());
    assertThat(page.select("#altEs-error").text())
        .contains("The alternative text can be at most 300 characters.");
    assertThat(page.select("#altEs").attr("value")).isEqualTo("x".repeat(301));
    assertThat(page.select("#captionEs").attr("value")).isEqualTo("El muelle");
    assertThat(page.select("#credit").attr("value")).isEqualTo("Rosa");

    author.upload(
        form, Map.of("intent", "save"), "leadFile", "cranes.png", "image/png", png(1000, 500));
    page = Jsoup.parse(author.get("/voices/mine/" + id).body());
    assertThat(page.select("#altEs-error").text())
        .contains("Describe the image, or mark it as decorative.");

    author.post(
        form,
        "altEs",
        "Dos grúas en el muelle",
        "captionEs",
        "El muelle norte",
        "credit",
        "Rosa Quispe",
        "intent",
        "save");
    String copy = "/voices/images/" + id + "/piece/480?v=1";
    Download own = author.download(copy);
    assertThat(own.status()).isEqualTo(200);
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(own.body())).getWidth())
        .isEqualTo(480);
    assertThat(own.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    PortalClient editor = signedIn(PortalRole.EDITOR);
    assertThat(new PortalClient(port).download(copy).status()).isEqualTo(404);
    assertThat(signedIn(PortalRole.DELEGATE).download(copy).status()).isEqualTo(404);
    assertThat(editor.download(copy).status())
        .as("a draft is not before the editors")
        .isEqualTo(404);

    String version = PortVoicesTests.value(author.get("/voices/mine/" + id).body(), "version");
    String[] submit = PortVoicesTests.piece("Con imagen", "submit");
    String[] withVersion = java.util.Arrays.copyOf(submit, submit.length + 2);
    withVersion[submit.length] = "version";
    withVersion[submit.length + 1] = version;
    assertThat(author.post("/voices/mine/" + id, withVersion).status()).isEqualTo(302);
    editor.post("/admin/voices/" + id + "/review", "action", "ACCEPT");
    editor.get("/admin/voices/" + id);
    editor.post(
        "/admin/voices/" + id + "/lead-image",
        Map.of(
            "altEs", "Dos grúas en el muelle",
            "captionEs", "El muelle norte",
            "altEn", "Two cranes on the quay",
            "credit", "Rosa Quispe",
            "intent", "save"));
    editor.get("/admin/voices/" + id); // as a browser follows the redirect: its notice is shown
    editor.post(
        "/admin/voices/" + id + "/lead-image",
        Map.of("altEs", "Dos grúas", "captionFr", "l".repeat(501), "intent", "save"));
    Document review = Jsoup.parse(editor.get("/admin/voices/" + id).body());
    assertThat(review.select("#captionFr-error").text())
        .contains("The caption can be at most 500 characters.");
    assertThat(review.select("#captionFr").attr("value")).isEqualTo("l".repeat(501));
    assertThat(review.select("#altEs").attr("value")).isEqualTo("Dos grúas");
    assertThat(Jsoup.parse(editor.get("/admin/voices/" + id).body()).select("#altEs").attr("value"))
        .as("shown once: the saved words come back after the refusal")
        .isEqualTo("Dos grúas en el muelle");
    editor.post(
        "/admin/voices/" + id + "/translations/en",
        "title",
        "With an image",
        "summary",
        "Summary",
        "body",
        "Body",
        "publish",
        "true");
    editor.post("/admin/voices/" + id + "/review", "action", "PUBLISH");

    PortalClient visitor = new PortalClient(port).language("es");
    String slug =
        Jsoup.parse(editor.get("/admin/voices/" + id).body())
            .select("main a[href^=/voices/]")
            .attr("href");
    Document spanish = Jsoup.parse(visitor.get(slug).body());
    Element img = spanish.selectFirst("article figure.lead-image img");
    assertThat(img).isNotNull();
    assertThat(img.attr("alt")).isEqualTo("Dos grúas en el muelle");
    assertThat(img.attr("width")).isEqualTo("1000");
    assertThat(img.attr("height")).isEqualTo("500");
    assertThat(img.attr("srcset"))
        .isEqualTo(
            ("/voices/images/ID/piece/240?v=1 240w, /voices/images/ID/piece/480?v=1 480w,"
                    + " /voices/images/ID/piece/800?v=1 800w, /voices/images/ID/piece?v=1 1000w")
                .replace("ID", Long.toString(id)));
    assertThat(spanish.select("figure.lead-image figcaption").text())
        .isEqualTo("El muelle norte · Imagen: Rosa Quispe");
    Document english = Jsoup.parse(visitor.get(slug + "?lang=en").body());
    assertThat(english.select("article figure.lead-image img").attr("alt"))
        .isEqualTo("Two cranes on the quay");
    Download published = visitor.download(copy);
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.headers().firstValue("Cache-Control").orElse(""))
        .contains("max-age=31536000")
        .contains("public");
    Document list = Jsoup.parse(visitor.get("/voices").body());
    Element thumb =
        list.selectFirst("a[href=" + slug + "]").closest("li").selectFirst("img.lead-thumb");
    assertThat(thumb.attr("loading")).isEqualTo("lazy");
    assertThat(thumb.attr("srcset")).contains("240w");
  }
}
