package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.LibraryTestFiles;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Part;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The topic page and what is done on it: keyset pages, reading state, quotes, edits and deletes,
 * files and who gets them, and the audience rule on every route (a guessed id is not found).
 */
@PortalTest
class ForumTopicTests {

  @LocalServerPort int port;
  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  record Person(long id, String email, PortalClient client) {}

  Person person(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    long id = accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return new Person(id, email, client);
  }

  long topicWithReplies(long category, long author, PortalRole role, int replies) {
    long topic = forum.topic(category, author, role, "Hurricane drills", "Opening post");
    for (int i = 2; i <= replies + 1; i++) {
      forum.reply(topic, author, role, "Reply number " + i);
    }
    return topic;
  }

  String path(long topic) {
    return forum.pathOf(topic);
  }

  long postId(long topic, int number) {
    return jdbc.sql("select id from forum_post where topic_id = :t and number = :n")
        .param("t", topic)
        .param("n", number)
        .query(Long.class)
        .single();
  }

  @Test
  void aTopicIsPagedByPostNumberWithLinksBothWays() {
    Person pfso = person(PortalRole.PFSO);
    long category = forum.category("Drills", ForumAudience.PFSO);
    long topic = topicWithReplies(category, pfso.id(), PortalRole.PFSO, 44);

    Response bare = pfso.client().get("/forum/t/" + topic);
    assertThat(bare.isRedirectTo(path(topic))).isTrue();
    assertThat(pfso.client().get("/forum/t/" + topic + "/wrong-slug?from=21").redirectPath())
        .isEqualTo(path(topic) + "?from=21");

    String first = pfso.client().get(path(topic)).body();
    assertThat(first).contains("id=\"post-1\"", "id=\"post-20\"").doesNotContain("id=\"post-21\"");
    assertThat(first).contains("rel=\"next\"").contains("from=21").doesNotContain("rel=\"prev\"");

    String second = pfso.client().get(path(topic) + "?from=21").body();
    assertThat(second)
        .contains("id=\"post-21\"", "id=\"post-40\"")
        .doesNotContain("id=\"post-20\"");
    assertThat(second).contains("rel=\"prev\"", "rel=\"next\"", "from=41");

    String last = pfso.client().get(path(topic) + "?from=41").body();
    assertThat(last).contains("id=\"post-45\"").doesNotContain("rel=\"next\"");
  }

  @Test
  void everyTopicRouteIsNotFoundBelowTheAudienceAndForGuessedIds() {
    Person pfso = person(PortalRole.PFSO);
    Person user = person(PortalRole.USER);
    Person associate = person(PortalRole.ASSOCIATE);
    Person editor = person(PortalRole.EDITOR);
    PortalClient anonymous = new PortalClient(port);
    long category = forum.category("Access control", ForumAudience.PFSO);
    long topic = topicWithReplies(category, pfso.id(), PortalRole.PFSO, 1);
    long post = postId(topic, 2);
    String file = attach(pfso, topic);

    for (PortalClient outsider : List.of(user.client(), associate.client(), anonymous)) {
      assertThat(outsider.get("/forum/t/" + topic).status()).isEqualTo(404);
      assertThat(outsider.get(path(topic)).status()).isEqualTo(404);
      assertThat(outsider.get("/forum/t/" + topic + "/unread").status()).isEqualTo(404);
      assertThat(outsider.get("/forum/p/" + post).status()).isEqualTo(404);
      assertThat(outsider.download(file).status()).isEqualTo(404);
    }
    for (PortalClient signedIn : List.of(user.client(), associate.client())) {
      assertThat(signedIn.get("/forum/t/" + topic + "/reply").status()).isEqualTo(404);
      assertThat(signedIn.get("/forum/p/" + post + "/edit").status()).isEqualTo(404);
      assertThat(signedIn.post("/forum/t/" + topic + "/reply", "body", "In").status())
          .isEqualTo(404);
      assertThat(signedIn.post("/forum/p/" + post + "/delete").status()).isEqualTo(404);
      assertThat(signedIn.get("/forum/p/" + post + "/history").status()).isEqualTo(404);
    }
    for (PortalClient reader : List.of(pfso.client(), editor.client())) {
      assertThat(reader.get(path(topic)).status()).isEqualTo(200);
      assertThat(reader.get("/forum/p/" + post).redirectPath())
          .isEqualTo(path(topic) + "?from=2#post-2");
      assertThat(reader.download(file).status()).isEqualTo(200);
    }
    assertThat(pfso.client().get("/forum/p/" + post + "/history").status()).isEqualTo(404);
    assertThat(editor.client().get("/forum/p/" + post + "/history").status()).isEqualTo(200);
    assertThat(pfso.client().get("/forum/t/999999999").status()).isEqualTo(404);
    assertThat(pfso.client().get("/forum/p/999999999").status()).isEqualTo(404);
    assertThat(pfso.client().download("/forum/attachments/999999999/x.png").status())
        .isEqualTo(404);
    assertThat(pfso.client().download(file.replaceFirst("/[^/]+$", "/other.png")).status())
        .isEqualTo(404);
  }

  @Test
  void theUnreadJumpAndTheNewSinceDividerFollowWhatTheReaderWasShown() {
    Person author = person(PortalRole.PFSO);
    Person reader = person(PortalRole.PFSO);
    long category = forum.category("Cyber security", ForumAudience.PFSO);
    long topic = topicWithReplies(category, author.id(), PortalRole.PFSO, 24);

    assertThat(reader.client().get("/forum/t/" + topic + "/unread").redirectPath())
        .isEqualTo(path(topic) + "?from=1#post-1");
    reader.client().get(path(topic));
    assertThat(reader.client().get("/forum/t/" + topic + "/unread").redirectPath())
        .isEqualTo(path(topic) + "?from=21#post-21");
    assertThat(reader.client().get(path(topic) + "?from=21").body())
        .contains("New since your last visit");
    forum.reply(topic, author.id(), PortalRole.PFSO, "After the reader left");
    assertThat(reader.client().get("/forum/t/" + topic + "/unread").redirectPath())
        .isEqualTo(path(topic) + "?from=26#post-26");
    // Re-reading what was read already writes nothing and shows no divider.
    assertThat(reader.client().get(path(topic)).body()).doesNotContain("New since your last visit");
    assertThat(
            jdbc.sql(
                    "select last_read_number from forum_read where account_id = :a and topic_id = :t")
                .param("a", reader.id())
                .param("t", topic)
                .query(Integer.class)
                .single())
        .isEqualTo(25);
  }

  @Test
  void aQuoteCarriesTheVisiblePostAndNothingOfAHiddenOrUnreadableOne() {
    Person pfso = person(PortalRole.PFSO);
    Person user = person(PortalRole.USER);
    long pfsoCategory = forum.category("Gate badges", ForumAudience.PFSO);
    long secret = topicWithReplies(pfsoCategory, pfso.id(), PortalRole.PFSO, 0);
    long publicCategory = forum.category("General", ForumAudience.PUBLIC);
    long open =
        forum.topic(publicCategory, user.id(), PortalRole.USER, "ISO 28000", "Visible words");
    long hidden = forum.reply(open, pfso.id(), PortalRole.PFSO, "Words a moderator hid");
    jdbc.sql("update forum_post set state = 'HIDDEN', hidden_reason = 'spam' where id = :p")
        .param("p", hidden)
        .update();

    String quoted =
        user.client().get("/forum/t/" + open + "/reply?quote=" + postId(open, 1)).body();
    assertThat(quoted)
        .contains("&gt; **Author " + user.id() + "**:")
        .contains("&gt; Visible words");
    assertThat(user.client().get("/forum/t/" + open + "/reply?quote=" + hidden).body())
        .doesNotContain("Words a moderator hid");
    assertThat(user.client().get("/forum/t/" + open + "/reply?quote=" + postId(secret, 1)).body())
        .doesNotContain("Opening post");
    String page = user.client().get(path(open)).body();
    assertThat(page).contains("Hidden by the moderators.").doesNotContain("Words a moderator hid");
  }

  @Test
  void anAuthorEditsWithinTheWindowAndModeratorsSeeEveryEarlierText() {
    Person author = person(PortalRole.USER);
    Person editor = person(PortalRole.EDITOR);
    long category = forum.category("Ports", ForumAudience.PUBLIC);
    long topic = topicWithReplies(category, author.id(), PortalRole.USER, 1);
    long post = postId(topic, 2);

    Response edited =
        author
            .client()
            .post("/forum/p/" + post + "/edit", "body", "Corrected text", "intent", "save");
    assertThat(edited.redirectPath()).isEqualTo(path(topic) + "?from=2#post-2");
    assertThat(author.client().get(path(topic)).body()).contains("Corrected text", "edited");

    jdbc.sql("update forum_post set created_at = now() - interval '2 hours' where id = :p")
        .param("p", post)
        .update();
    Response late =
        author.client().post("/forum/p/" + post + "/edit", "body", "Too late", "intent", "save");
    assertThat(late.redirectPath()).isEqualTo("/forum/p/" + post);
    assertThat(author.client().get(path(topic)).body()).doesNotContain("Too late");
    assertThat(author.client().get("/forum/p/" + post + "/edit").redirectPath())
        .isEqualTo("/forum/p/" + post);

    editor.client().post("/forum/p/" + post + "/edit", "body", "Moderated text", "intent", "save");
    String history = editor.client().get("/forum/p/" + post + "/history").body();
    assertThat(history).contains("Moderated text", "Corrected text", "Reply number 2");
    assertThat(author.client().get("/forum/p/" + post + "/history").status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'FORUM_POST_EDITED'"
                        + " and object_id = :p")
                .param("p", String.valueOf(post))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anAuthorDeletesTheirPostWhichKeepsItsPlaceAndLeavesTheCounts() {
    Person author = person(PortalRole.USER);
    Person other = person(PortalRole.USER);
    long category = forum.category("Ports", ForumAudience.PUBLIC);
    long topic = topicWithReplies(category, author.id(), PortalRole.USER, 2);
    long post = postId(topic, 3);

    assertThat(other.client().post("/forum/p/" + post + "/delete").redirectPath())
        .isEqualTo("/forum/p/" + post);
    assertThat(author.client().post("/forum/p/" + post + "/delete").redirectPath())
        .isEqualTo(path(topic) + "?from=3#post-3");
    String page = other.client().get(path(topic)).body();
    assertThat(page).contains("Deleted by the author.").doesNotContain("Reply number 3");
    assertThat(
            jdbc.sql("select post_count || '/' || last_post_number from forum_topic where id = :t")
                .param("t", topic)
                .query(String.class)
                .single())
        .isEqualTo("2/2");
  }

  @Test
  void aReplyIsValidatedPreviewedAndKeptAsTyped() {
    Person user = person(PortalRole.USER);
    long category = forum.category("Ports", ForumAudience.PUBLIC);
    long topic = forum.topic(category, user.id(), PortalRole.USER, "Code of practice", "Start");

    Response empty = user.client().post("/forum/t/" + topic + "/reply", "body", " ");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("Write the text of your post.", "aria-invalid=\"true\"");
    String tooLong = "x".repeat(20_001);
    assertThat(user.client().post("/forum/t/" + topic + "/reply", "body", tooLong).body())
        .contains("longer than 20,000", tooLong);
    Response preview =
        user.client()
            .post(
                "/forum/t/" + topic + "/reply", "body", "Some **bold** words", "intent", "preview");
    assertThat(preview.body()).contains("<strong>bold</strong>", "Some **bold** words");
    assertThat(
            user.client()
                .post("/forum/preview", "topic", String.valueOf(topic), "body", "*Leaning*")
                .body())
        .contains("<em>Leaning</em>");
    assertThat(postCount(topic)).isEqualTo(1);
    Response posted =
        user.client()
            .post("/forum/t/" + topic + "/reply", "body", "A real reply", "language", "es");
    assertThat(posted.redirectPath()).isEqualTo(path(topic) + "?from=2#post-2");
    assertThat(user.client().get(path(topic)).body()).contains("lang=\"es\"", "A real reply");
  }

  @Test
  void filesAreCheckedShownAndServedOnlyWithTheirPost() throws IOException {
    Person pfso = person(PortalRole.PFSO);
    Person other = person(PortalRole.PFSO);
    long category = forum.category("Drills", ForumAudience.PFSO);
    long topic = topicWithReplies(category, pfso.id(), PortalRole.PFSO, 0);
    String image = attach(pfso, topic);

    String page = other.client().get(path(topic)).body();
    assertThat(page).contains("alt=\"quay.jpg\"", "plan.pdf");
    PortalClient.Download served = other.client().download(image);
    assertThat(served.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline");
    assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
    String document =
        page.replaceAll("(?s).*href=\"(/forum/attachments/\\d+/plan\\.pdf)\".*", "$1");
    assertThat(other.client().download(document).headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));

    jdbc.sql("update forum_post set state = 'HIDDEN' where topic_id = :t and number = 2")
        .param("t", topic)
        .update();
    assertThat(other.client().download(image).status()).isEqualTo(404);
    assertThat(pfso.client().download(image).status()).isEqualTo(200);

    // What the library refuses is refused here too, next to the field, with the text kept.
    Map<String, String> fields = Map.of("body", "Kept words", "intent", "post");
    for (Part bad :
        List.of(
            new Part("page.png", "image/png", "<html><script>x</script></html>".getBytes()),
            new Part("run.pdf", "application/pdf", pdfWithJavaScript()),
            new Part("twice.png", "image/png", polyglot()))) {
      Response refused =
          pfso.client().uploadFiles("/forum/t/" + topic + "/reply", fields, "files", List.of(bad));
      assertThat(refused.status()).as(bad.fileName()).isEqualTo(200);
      assertThat(refused.body()).contains(bad.fileName() + " was not accepted", "Kept words");
    }
    Response tooMany =
        pfso.client()
            .uploadFiles(
                "/forum/t/" + topic + "/reply",
                fields,
                "files",
                List.of(png("a.png"), png("b.png"), png("c.png"), png("d.png")));
    assertThat(tooMany.body()).contains("at most 3 files");
    assertThat(postCount(topic)).isEqualTo(2);
  }

  /** A reply with a picture and a document; answers the picture's address. */
  String attach(Person person, long topic) {
    try {
      Response posted =
          person
              .client()
              .uploadFiles(
                  "/forum/t/" + topic + "/reply",
                  Map.of("body", "With files", "intent", "post"),
                  "files",
                  List.of(
                      png("quay.png"),
                      new Part(
                          "plan.pdf",
                          "application/pdf",
                          LibraryTestFiles.pdf("Plan", List.of("Evacuate.")))));
      assertThat(posted.status()).as(posted.body()).isEqualTo(302);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return jdbc.sql(
            "select '/forum/attachments/' || a.id || '/' || a.file_name from forum_attachment a"
                + " join forum_post p on p.id = a.post_id where p.topic_id = :t and a.image")
        .param("t", topic)
        .query(String.class)
        .single();
  }

  int postCount(long topic) {
    return jdbc.sql("select count(*)::int from forum_post where topic_id = :t")
        .param("t", topic)
        .query(Integer.class)
        .single();
  }

  static Part png(String name) throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x336699);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return new Part(name, "image/png", out.toByteArray());
  }

  static byte[] polyglot() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(png("x.png").bytes());
    out.writeBytes(LibraryTestFiles.pdf("Hidden", List.of("Inside")));
    return out.toByteArray();
  }

  static byte[] pdfWithJavaScript() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
