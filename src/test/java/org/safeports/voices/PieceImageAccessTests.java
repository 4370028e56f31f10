package org.safeports.voices;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Download;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The image and photo of an unpublished piece: its author sees them, nobody else, no cache. */
@PortalTest
class PieceImageAccessTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void theImagesOfADraftAreTheAuthorsAndAreNeverCached() throws Exception {
    PortalClient author = signedIn(PortalRole.USER);
    long id =
        PortVoicesTests.idOf(
            author.post("/voices/write", PortVoicesTests.piece("Draft with a photo", "save")));
    for (String kind : new String[] {"PIECE", "PHOTO"}) {
      author.upload(
          "/voices/mine/" + id + "/images",
          Map.of("kind", kind),
          "image",
          "me.png",
          "image/png",
          png());
    }
    for (String kind : new String[] {"piece", "photo"}) {
      String path = "/voices/images/" + id + "/" + kind;
      Download own = author.download(path);
      assertThat(own.status()).as(path).isEqualTo(200);
      assertThat(own.headers().firstValue("Cache-Control").orElse(""))
          .contains("no-store")
          .contains("private");
      assertThat(new PortalClient(port).download(path).status()).isEqualTo(404);
      assertThat(signedIn(PortalRole.DELEGATE).download(path).status()).isEqualTo(404);
      assertThat(signedIn(PortalRole.EDITOR).download(path).status())
          .as("a draft is not yet before the editors")
          .isEqualTo(404);
    }
  }

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail("piece-image");
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  static byte[] png() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", png);
    return png.toByteArray();
  }
}
