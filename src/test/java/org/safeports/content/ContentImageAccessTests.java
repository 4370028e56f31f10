package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
 * An image is public, and cached as such, only while something visitors may read shows it; until
 * then only the secretariat sees it, and no cache keeps it.
 */
@PortalTest
class ContentImageAccessTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestContent content;
  @Autowired ContentEditing editing;

  PortalClient editor;

  @BeforeEach
  void signInEditor() {
    String email = TestAccounts.freshEmail("image-editor");
    accounts.create(email, PortalRole.EDITOR);
    editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
  }

  @Test
  void theImageOfADraftIsForTheSecretariatOnlyUntilTheItemIsPublished() throws Exception {
    long id = draftNews("draft-with-image");
    String path = upload(id);
    PortalClient visitor = new PortalClient(port);
    PortalClient member = signedIn(PortalRole.DELEGATE);

    assertThat(visitor.download(path).status()).isEqualTo(404);
    assertThat(member.download(path).status()).isEqualTo(404);
    Download seenByEditor = editor.download(path);
    assertThat(seenByEditor.status()).isEqualTo(200);
    assertThat(cacheControl(seenByEditor)).contains("no-store").contains("private");

    editing.apply(id, EditorialStatus.Action.PUBLISH, null);
    Download published = visitor.download(path);
    assertThat(published.status()).isEqualTo(200);
    assertThat(cacheControl(published)).contains("public").contains("max-age=31536000");

    content.archive(id);
    assertThat(visitor.download(path).status()).isEqualTo(404);
  }

  @Test
  void aScheduledItemsImageWaitsForItsTime() throws Exception {
    long id = content.publishedNews(TestContent.freshSlug("later"), "Later", "Text");
    String path = upload(id);
    content.schedule(id, java.time.Instant.now().plus(java.time.Duration.ofDays(2)));
    assertThat(new PortalClient(port).download(path).status()).isEqualTo(404);
    assertThat(editor.download(path).status()).isEqualTo(200);
  }

  @Test
  void anImageOfADraftThatAPublishedTextShowsIsPublic() throws Exception {
    long draft = draftNews("image-source");
    String path = upload(draft);
    content.publishedPage(
        TestContent.freshSlug("borrower"), "Borrows an image", "![Harbour](" + path + ")");
    assertThat(new PortalClient(port).download(path).status()).isEqualTo(200);
  }

  long draftNews(String prefix) {
    return editing.create(
        ContentKind.NEWS,
        "en",
        new ContentForm("Draft " + prefix, TestContent.freshSlug(prefix), "Summary", "Body", null),
        new ItemSettingsForm(null, 0, "standards", null),
        "Test Editor");
  }

  String upload(long itemId) throws Exception {
    BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", png);
    editor.upload(
        "/admin/content/" + itemId + "/images",
        "image",
        "quay.png",
        "image/png",
        png.toByteArray());
    Matcher path =
        Pattern.compile("/media/\\d+/quay\\.jpg")
            .matcher(editor.get("/admin/content/" + itemId).body());
    assertThat(path.find()).isTrue();
    return path.group();
  }

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail("image-reader");
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  static String cacheControl(Download download) {
    return download.headers().firstValue("Cache-Control").orElse("");
  }
}
