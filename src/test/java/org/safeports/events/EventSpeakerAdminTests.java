package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editors' speakers: added with a photo that goes through the image rules, changed, their bio
 * translated, deleted; the upload corpus refused next to the photo field with what was typed kept.
 */
@PortalTest
class EventSpeakerAdminTests {

  static final Instant START = Instant.parse("2031-03-04T15:00:00Z");

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient editor;

  @BeforeEach
  void signIn() {
    String email = TestAccounts.freshEmail("speaker-editor");
    accounts.create(email, PortalRole.EDITOR);
    editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(302);
  }

  static byte[] png(int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
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

  static Map<String, String> fields(String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("organisation", "Autoridad Portuaria <i>Nacional</i>");
    fields.put("country", "PE");
    fields.put("bio", "Pilot for twenty years.");
    fields.put("version", "0");
    return fields;
  }

  long speakerCount(long eventId) {
    return jdbc.sql("select count(*) from event_speaker where event_id = :e")
        .param("e", eventId)
        .query(Long.class)
        .single();
  }

  @Test
  void anEditorAddsASpeakerWithAPhotoTranslatesTheBioAndDeletesThem() throws Exception {
    TestEvents.Made event = events.seminar("Speakers seminar", START);
    String base = "/admin/events/" + event.id() + "/speakers";
    PortalClient.Response added =
        editor.upload(
            base + "/new",
            fields("Marta Quispe"),
            "photo",
            "marta.png",
            "image/png",
            png(1200, 900));
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    long id = EventAgendaAdminTests.idIn(added, "speaker");
    Map<String, Object> stored =
        jdbc.sql(
                "select photo_type, length(photo) as size, country from event_speaker where id = :i")
            .param("i", id)
            .query()
            .singleRow();
    assertThat(stored.get("photo_type")).isEqualTo("image/png");
    assertThat(stored.get("country")).isEqualTo("PE");
    byte[] photo = new PortalClient(port).download("/events/speakers/" + id + "/photo").body();
    BufferedImage served = ImageIO.read(new java.io.ByteArrayInputStream(photo));
    assertThat(served.getWidth()).as("redrawn narrower").isEqualTo(SpeakerEditing.PHOTO_WIDTH);

    assertThat(
            editor
                .post(base + "/" + id + "/texts/es", "body", "Práctico durante veinte años.")
                .status())
        .isEqualTo(302);
    String spanish =
        new PortalClient(port).get("/events/" + event.slug() + "/speakers?lang=es").body();
    assertThat(spanish)
        .contains("Marta Quispe", "Práctico durante veinte años.", "Perú")
        .contains("Autoridad Portuaria &lt;i&gt;Nacional&lt;/i&gt;");
    Document list = Jsoup.parse(editor.get(base).body());
    assertThat(list.select("#speaker-" + id).text()).contains("Peru", "Spanish: up to date");

    Map<String, String> removing = fields("Marta Quispe Mamani");
    removing.put("removePhoto", "true");
    assertThat(editor.post(base + "/" + id, removing).status()).isEqualTo(302);
    assertThat(new PortalClient(port).download("/events/speakers/" + id + "/photo").status())
        .isEqualTo(404);
    Document text = Jsoup.parse(editor.get(base + "/" + id + "/texts/es").body());
    assertThat(text.select("#body").text()).isEqualTo("Práctico durante veinte años.");

    assertThat(editor.post(base + "/" + id + "/delete").status()).isEqualTo(302);
    assertThat(speakerCount(event.id())).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where object_type = 'event-speaker'"
                        + " and object_id = :o")
                .param("o", String.valueOf(id))
                .query(Long.class)
                .single())
        .as("added, bio translated, changed, deleted")
        .isEqualTo(4);
  }

  @Test
  void theUploadCorpusIsRefusedNextToThePhotoWithEverythingTypedKept() throws Exception {
    TestEvents.Made event = events.seminar("Speaker corpus", START);
    ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
    polyglot.writeBytes(png(40, 30));
    polyglot.writeBytes(zip());
    ByteArrayOutputStream htmlAfter = new ByteArrayOutputStream();
    htmlAfter.writeBytes(png(40, 30));
    htmlAfter.writeBytes("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    Map<String, Object[]> corpus = new LinkedHashMap<>();
    corpus.put(
        "face.svg",
        new Object[] {
          "image/svg+xml",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"
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
        "setup.jpg",
        new Object[] {
          "image/jpeg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "not a JPEG, PNG or GIF"
        });
    corpus.put(
        "plan.pdf",
        new Object[] {
          "application/pdf",
          "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
          "not a JPEG, PNG or GIF"
        });
    corpus.put("zipped.png", new Object[] {"image/png", polyglot.toByteArray(), "hidden after"});
    corpus.put("html.png", new Object[] {"image/png", htmlAfter.toByteArray(), "hidden after"});
    corpus.put("empty.png", new Object[] {"image/png", new byte[0], "Choose an image file"});
    corpus.put(
        "huge.png",
        new Object[] {"image/png", new byte[10 * 1024 * 1024 + 1], "larger than 10 MB"});
    for (var sample : corpus.entrySet()) {
      PortalClient.Response sent =
          editor.upload(
              "/admin/events/" + event.id() + "/speakers/new",
              fields("Typed <b>name</b>"),
              "photo",
              sample.getKey(),
              (String) sample.getValue()[0],
              (byte[]) sample.getValue()[1]);
      assertThat(sent.status()).as(sample.getKey()).isEqualTo(200);
      Document page = Jsoup.parse(sent.body());
      assertThat(page.select("#photo-error").text())
          .as(sample.getKey())
          .contains((String) sample.getValue()[2]);
      assertThat(page.select("#photo").attr("aria-describedby")).contains("photo-error");
      assertThat(page.select("#name").attr("value")).isEqualTo("Typed <b>name</b>");
      assertThat(page.select("#country option[selected]").attr("value")).isEqualTo("PE");
      assertThat(page.select("#bio").text()).isEqualTo("Pilot for twenty years.");
      assertThat(page.select("#photo-hint").text()).contains("Choose the file again");
    }
    assertThat(speakerCount(event.id())).isZero();
  }

  @Test
  void aNameIsNeededAndACountryMustBeOneOfTheList() {
    TestEvents.Made event = events.seminar("Speaker rules", START);
    Map<String, String> blank = fields(" ");
    Document nameless =
        Jsoup.parse(editor.post("/admin/events/" + event.id() + "/speakers/new", blank).body());
    assertThat(nameless.select("#name-error").text()).contains("Enter the speaker’s name.");
    Map<String, String> nowhere = fields("Ana");
    nowhere.put("country", "XX");
    Document unknown =
        Jsoup.parse(editor.post("/admin/events/" + event.id() + "/speakers/new", nowhere).body());
    assertThat(unknown.select("#country-error").text()).contains("Choose the country");
    assertThat(unknown.select("#name").attr("value")).isEqualTo("Ana");
    assertThat(speakerCount(event.id())).isZero();
  }
}
