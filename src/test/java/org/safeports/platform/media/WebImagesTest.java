package org.safeports.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The image corpus: what a confused user or an attacker may send as an image, each refused with its
 * reason, and what the portal keeps of a genuine one (no metadata, copies never larger).
 */
class WebImagesTest {

  final WebImages images = new WebImages();

  static byte[] picture(String format, int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x0b4f6c));
    g.fillRect(0, 0, width, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
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

  /** A JPEG with an Exif segment after its start that holds a GPS position. */
  static byte[] jpegWithGps() throws Exception {
    byte[] jpeg = picture("jpeg", 64, 48);
    byte[] exif =
        concat(
            "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
            "GPSLatitude 12.0464 S GPSLongitude 77.0428 W".getBytes(StandardCharsets.US_ASCII));
    int length = exif.length + 2;
    byte[] segment =
        concat(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length}, exif);
    return concat(
        new byte[] {jpeg[0], jpeg[1]}, segment, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
  }

  String refusal(String name, byte[] bytes) {
    try {
      images.process(name, bytes, 1600);
      return "accepted";
    } catch (WebImages.Refused refused) {
      return refused.messageKey();
    }
  }

  @Test
  void eachFormatIsAcceptedAndRedrawn() throws Exception {
    for (String format : List.of("png", "jpeg", "gif")) {
      assertThat(refusal("quay." + format, picture(format, 40, 30)))
          .as(format)
          .isEqualTo("accepted");
    }
  }

  @Test
  void whatIsNotAJpegPngOrGifIsRefused() throws Exception {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>";
    assertThat(refusal("logo.svg", svg.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("image.refused.notAnImage");
    assertThat(refusal("x.png", "<html><script>alert(1)</script>".getBytes()))
        .isEqualTo("image.refused.notAnImage");
    assertThat(refusal("plan.jpg", "%PDF-1.7\n1 0 obj\n".getBytes()))
        .isEqualTo("image.refused.notAnImage");
    assertThat(refusal("x.bmp", picture("bmp", 20, 20))).isEqualTo("image.refused.notAnImage");
    assertThat(refusal("x.png", new byte[] {'M', 'Z', (byte) 0x90, 0}))
        .isEqualTo("image.refused.notAnImage");
    assertThat(refusal("x.png", new byte[0])).isEqualTo("image.refused.empty");
  }

  @Test
  void anImageWithAnotherFileBehindItIsRefused() throws Exception {
    byte[] html = "<html><script>alert(document.domain)</script></html>".getBytes();
    for (String format : List.of("png", "jpeg", "gif")) {
      byte[] picture = picture(format, 40, 30);
      assertThat(refusal("a." + format, concat(picture, zip())))
          .as(format)
          .isEqualTo("image.refused.polyglot");
      assertThat(refusal("a." + format, concat(picture, html)))
          .as(format)
          .isEqualTo("image.refused.polyglot");
      assertThat(refusal("a." + format, concat(picture, new byte[64], "\r\n".getBytes())))
          .as(format + " padded")
          .isEqualTo("accepted");
    }
  }

  @Test
  void anImageOverTheLimitIsRefused() {
    assertThat(refusal("big.png", new byte[(int) WebImages.MAX_BYTES + 1]))
        .isEqualTo("image.refused.tooLarge");
  }

  @Test
  void theGpsPositionInAPhotoIsNotKept() throws Exception {
    byte[] photo = jpegWithGps();
    assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
    assertThat(ImageIO.read(new ByteArrayInputStream(photo))).isNotNull();
    WebImages.WebImage kept = images.process("harbour.jpg", photo, 1600);
    assertThat(new String(kept.bytes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("GPS")
        .doesNotContain("Exif");
  }

  @Test
  void copiesAreMadeAtEachSmallerWidthAndNeverLarger() throws Exception {
    byte[] stored = images.process("wide.png", picture("png", 1000, 500), 1600).bytes();
    List<WebImages.Variant> variants = images.variants(stored);
    assertThat(variants).extracting(WebImages.Variant::width).containsExactly(240, 480, 800);
    assertThat(variants).extracting(WebImages.Variant::height).containsExactly(120, 240, 400);
    assertThat(variants).allMatch(v -> v.contentType().equals("image/jpeg"));
    assertThat(images.variants(images.process("s.png", picture("png", 200, 100), 1600).bytes()))
        .isEmpty();
  }

  @Test
  void theSrcsetListsEachCopyAndTheOriginal() {
    LeadImage image =
        LeadImage.of(w -> "/m/1/" + w + "/a.jpg", "/m/1/a.jpg", 1000, 500, null, " ", "Us", null);
    assertThat(image.srcset())
        .isEqualTo(
            "/m/1/240/a.jpg 240w, /m/1/480/a.jpg 480w, /m/1/800/a.jpg 800w, /m/1/a.jpg 1000w");
    assertThat(image.src()).isEqualTo("/m/1/800/a.jpg");
    assertThat(image.srcsetUpTo(480)).isEqualTo("/m/1/240/a.jpg 240w, /m/1/480/a.jpg 480w");
    assertThat(image.srcUpTo(240)).isEqualTo("/m/1/240/a.jpg");
    LeadImage small = LeadImage.of(w -> "/v/" + w, "/o", 200, 100, "Quay", null, null, "en");
    assertThat(small.srcsetUpTo(240)).isEqualTo("/o 200w");
    assertThat(small.srcUpTo(100)).as("the smallest there is").isEqualTo("/o");
    assertThat(image.alt()).isEmpty();
    assertThat(image.caption()).isNull();
  }

  @Test
  void aRefusalWithoutAFileStillSaysWhy() {
    assertThatThrownBy(
            () -> images.process((org.springframework.web.multipart.MultipartFile) null, 10))
        .isInstanceOf(WebImages.Refused.class);
  }
}
