package org.safeports.voices;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/**
 * An editor's decision on a submitted piece, as its form checks it: a message when asking for
 * changes or commenting, a reason when declining, at most 4,000 characters, a decision that exists;
 * each refusal next to its field, with what was typed, and the piece left as it was.
 */
@PortalTest
class ReviewDecisionTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient editor;
  long id;

  PortalClient signedIn(PortalRole role, String prefix) {
    String email = TestAccounts.freshEmail(prefix);
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @BeforeEach
  void aSubmittedPiece() {
    PortalClient author = signedIn(PortalRole.USER, "decision-author");
    id =
        PortVoicesTests.idOf(
            author.post(
                "/voices/write", PortVoicesTests.piece("Decisión " + System.nanoTime(), "submit")));
    assertThat(status()).isEqualTo("SUBMITTED");
    editor = signedIn(PortalRole.EDITOR, "decision-editor");
  }

  String status() {
    return jdbc.sql("select status from voices_piece where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  Document decide(String... fields) {
    Response answer = editor.post("/admin/voices/" + id + "/review", fields);
    assertThat(answer.status()).as("shown again, not redirected").isEqualTo(200);
    return Jsoup.parse(answer.body());
  }

  @Test
  void askingForChangesNeedsAMessageAndDecliningAReason() {
    Document page = decide("action", "REQUEST_CHANGES", "comment", "   ");
    assertThat(page.select("#comment-error").text()).contains("Tell the author what to change.");
    assertThat(page.select("#comment").attr("aria-describedby")).contains("comment-error");
    assertThat(page.select(".error-summary a[href=#comment]").text())
        .isEqualTo("Tell the author what to change.");

    page = decide("action", "DECLINE");
    assertThat(page.select("#comment-error").text())
        .contains("Give the author the reason for declining.");
    assertThat(status()).isEqualTo("SUBMITTED");

    Response accepted =
        editor.post(
            "/admin/voices/" + id + "/review", "action", "REQUEST_CHANGES", "comment", "Cite it.");
    assertThat(accepted.redirectPath()).isEqualTo("/admin/voices/" + id);
    assertThat(status()).isEqualTo("CHANGES_REQUESTED");
  }

  @Test
  void aMessageTooLongIsRefusedAndKeptAsTypedAndAsText() {
    String typed = "<script>alert('decision')</script>" + "m".repeat(4000);
    Document page = decide("action", "DECLINE", "comment", typed);
    assertThat(page.select("#comment-error").text())
        .contains("The message can have at most 4,000 characters.");
    assertThat(page.select("#comment").text()).isEqualTo(typed);
    assertThat(page.html()).doesNotContain("<script>alert('decision')</script>");
    assertThat(status()).isEqualTo("SUBMITTED");
  }

  @Test
  void aDecisionThatDoesNotExistIsRefusedWithTheMessageKept() {
    Document page = decide("action", "APPROVE_EVERYTHING", "comment", "Looks fine to me.");
    assertThat(page.select(".error-summary").text()).contains("Choose one of the decisions below.");
    assertThat(page.select("#comment").text()).isEqualTo("Looks fine to me.");
    page = decide("comment", "No button pressed.");
    assertThat(page.select(".error-summary").text()).contains("Choose one of the decisions below.");
    assertThat(status()).isEqualTo("SUBMITTED");
  }
}
