package org.safeports.voices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class PortVoicesTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient signedIn(PortalRole role, String email) {
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  static String[] piece(String title, String intent) {
    return new String[] {
      "title", title,
      "summary", "Why small ports should plan for earthquakes.",
      "body", "## The lesson\n\nPlans must be **tested**.",
      "topic", "contingency",
      "language", "es",
      "country", "PE",
      "authorName", "Rosa Quispe",
      "authorPosition", "Jefa de protección",
      "authorOrganisation", "Autoridad Portuaria",
      "authorBio", "Twenty years in ports.",
      "intent", intent
    };
  }

  static long idOf(Response response) {
    Matcher m =
        Pattern.compile("/voices/mine/(\\d+)").matcher(String.valueOf(response.redirectPath()));
    assertThat(m.find()).as(response.status() + " " + response.body()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void aPieceGoesFromDraftThroughReviewToPublication() {
    String authorEmail = TestAccounts.freshEmail("author");
    PortalClient author = signedIn(PortalRole.USER, authorEmail);
    PortalClient editor = signedIn(PortalRole.EDITOR, TestAccounts.freshEmail("voices-editor"));
    MailReader mail = new MailReader(jdbc);
    String title = "Puertos que resisten " + System.nanoTime();

    long id = idOf(author.post("/voices/write", piece(title, "save")));
    assertThat(author.get("/voices/mine").body()).contains(title).contains("Draft");
    assertThat(editor.get("/admin/voices/" + id).status())
        .as("editors do not see drafts")
        .isEqualTo(404);

    String version = value(author.get("/voices/mine/" + id).body(), "version");
    String[] submit = piece(title, "submit");
    String[] withVersion = java.util.Arrays.copyOf(submit, submit.length + 2);
    withVersion[submit.length] = "version";
    withVersion[submit.length + 1] = version;
    assertThat(author.post("/voices/mine/" + id, withVersion).isRedirectTo("/voices/mine/" + id))
        .isTrue();
    assertThat(editor.get("/admin/voices").body()).contains(title);

    // Asking for changes needs a message; the author gets it by e-mail and on the page.
    Response noMessage =
        editor.post("/admin/voices/" + id + "/review", "action", "REQUEST_CHANGES", "comment", "");
    assertThat(noMessage.body()).contains("id=\"comment-error\"");
    long mailsBefore = mail.count(authorEmail, "voices.changesRequested");
    editor.post(
        "/admin/voices/" + id + "/review",
        "action",
        "REQUEST_CHANGES",
        "comment",
        "Please name the standard.");
    assertThat(mail.awaitLatest(authorEmail, "voices.changesRequested", mailsBefore))
        .contains("Please name the standard.");
    String authorPage = author.get("/voices/mine/" + id).body();
    assertThat(authorPage).contains("Please name the standard.").contains("Changes requested");

    version = value(authorPage, "version");
    withVersion[withVersion.length - 1] = version;
    author.post("/voices/mine/" + id, withVersion);

    // The editor edits the text: the author sees exactly what changed.
    String editorPage = editor.get("/admin/voices/" + id).body();
    editor.post(
        "/admin/voices/" + id + "/text",
        "title",
        title,
        "summary",
        "Why small ports must plan.",
        "body",
        "## The lesson\n\nPlans must be **rehearsed**.",
        "version",
        value(editorPage, "version"));
    assertThat(author.get("/voices/mine/" + id).body())
        .contains("What the editor changed")
        .contains("<del>")
        .contains("<ins>")
        .contains("rehearsed");

    editor.post("/admin/voices/" + id + "/review", "action", "ACCEPT");
    editor.post("/admin/voices/" + id + "/review", "action", "PUBLISH");
    PortalClient visitor = new PortalClient(port).language("es");
    String slug =
        jdbc.sql("select slug from voices_piece where id = ?")
            .param(id)
            .query(String.class)
            .single();
    String published = visitor.get("/voices/" + slug).body();
    assertThat(published)
        .contains(title)
        .contains("Rosa Quispe")
        .contains("<strong>rehearsed</strong>");
    assertThat(visitor.get("/voices?country=PE&topic=contingency").body()).contains(title);
    assertThat(visitor.get("/feeds/voices-es.rss").body()).contains(slug);
    assertThat(author.post("/voices/mine/" + id + "/withdraw").isRedirectTo("/voices/mine/" + id))
        .isTrue();
    assertThat(author.get("/voices/mine/" + id).body()).contains("This step is not possible");
    assertThat(editor.get("/admin/voices/participation").body()).contains("Peru");
  }

  @Test
  void anAuthorNeverSeesOrChangesAnotherAuthorsPieces() {
    PortalClient alice = signedIn(PortalRole.USER, TestAccounts.freshEmail("alice"));
    PortalClient mallory = signedIn(PortalRole.DELEGATE, TestAccounts.freshEmail("mallory"));
    long id = idOf(alice.post("/voices/write", piece("Alice's draft", "save")));
    assertThat(mallory.get("/voices/mine/" + id).status()).isEqualTo(404);
    assertThat(mallory.post("/voices/mine/" + id, piece("Taken over", "submit")).status())
        .isEqualTo(404);
    assertThat(mallory.post("/voices/mine/" + id + "/withdraw").status()).isEqualTo(404);
    assertThat(mallory.get("/voices/mine").body()).doesNotContain("Alice&#39;s draft");
    assertThat(new PortalClient(port).get("/voices/images/" + id + "/piece").status())
        .isEqualTo(404);
  }

  @Test
  void badInputIsExplainedAndKept() {
    PortalClient author = signedIn(PortalRole.USER, TestAccounts.freshEmail("hasty"));
    Response response =
        author.post(
            "/voices/write",
            "title",
            "",
            "summary",
            "",
            "body",
            "Kept text",
            "topic",
            "nonsense",
            "language",
            "xx",
            "country",
            "ZZ",
            "authorName",
            "",
            "intent",
            "submit");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("id=\"title-error\"")
        .contains("id=\"summary-error\"")
        .contains("id=\"topic-error\"")
        .contains("id=\"country-error\"")
        .contains("id=\"authorName-error\"")
        .contains("Kept text");
  }

  static String value(String html, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("field " + name).isTrue();
    return m.group(1);
  }
}
