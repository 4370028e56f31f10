package org.safeports.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The editors' decisions in content, Port Voices and the library each leave their entry. */
@PortalTest
class AuditedActionsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestContent content;
  @Autowired TestPieces pieces;
  @Autowired TestLibrary library;

  record Entry(
      String action, String email, String address, String before, String after, String detail) {}

  List<Entry> entries(String objectType, long id) {
    return jdbc.sql(
            "select action, account_email, address, before_state, after_state, detail"
                + " from audit_entry where object_type = ? and object_id = ? order by id")
        .param(objectType)
        .param(String.valueOf(id))
        .query(
            (rs, n) ->
                new Entry(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  String signIn(PortalClient client, PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return email;
  }

  @Test
  void unpublishingPublishingAndArchivingContentAreRecordedAsTheEditor() {
    long id = content.publishedPage(TestContent.freshSlug("audited"), "Audited page", "Body.");
    PortalClient editor = new PortalClient(port);
    String email = signIn(editor, PortalRole.EDITOR);
    for (String action : List.of("UNPUBLISH", "PUBLISH", "ARCHIVE", "RESTORE_DRAFT")) {
      assertThat(editor.post("/admin/content/" + id + "/status", "action", action).status())
          .isEqualTo(302);
    }
    List<Entry> entries = entries("content", id);
    // The first publication came from the test helper, with no one signed in.
    assertThat(entries)
        .extracting(Entry::action)
        .containsExactly(
            "CONTENT_PUBLISHED", "CONTENT_UNPUBLISHED", "CONTENT_PUBLISHED", "CONTENT_ARCHIVED");
    Entry unpublished = entries.get(1);
    assertThat(unpublished.email()).isEqualTo(email);
    assertThat(unpublished.address()).isEqualTo("127.0.0.1");
    assertThat(unpublished.before()).contains("\"status\":\"PUBLISHED\"");
    assertThat(unpublished.after()).contains("\"status\":\"DRAFT\"");
    assertThat(entries.get(3).after()).contains("\"status\":\"ARCHIVED\"");
  }

  @Test
  void declaringAndPublishingPortVoicesPiecesAreRecordedWithTheReason() {
    long declined = pieces.submittedBySomeoneElse();
    long published = pieces.submittedBySomeoneElse();
    PortalClient editor = new PortalClient(port);
    String email = signIn(editor, PortalRole.EDITOR);
    editor.post(
        "/admin/voices/" + declined + "/review", "action", "DECLINE", "comment", "Off topic.");
    editor.post("/admin/voices/" + published + "/review", "action", "ACCEPT");
    editor.post("/admin/voices/" + published + "/review", "action", "PUBLISH");

    List<Entry> decline = entries("piece", declined);
    assertThat(decline).extracting(Entry::action).containsExactly("PIECE_DECLINED");
    assertThat(decline.get(0).email()).isEqualTo(email);
    assertThat(decline.get(0).detail()).contains("Off topic.");
    assertThat(decline.get(0).before()).contains("SUBMITTED");
    assertThat(entries("piece", published))
        .extracting(Entry::action)
        .containsExactly("PIECE_PUBLISHED");
  }

  @Test
  void libraryDecisionsAndRestrictedDownloadsAreRecorded() {
    long approved = library.pendingPlan("PE", "Audited plan", "Words.");
    long returned = library.pendingPlan("PE", "Returned plan", "Words.");
    PortalClient editor = new PortalClient(port);
    String email = signIn(editor, PortalRole.EDITOR);
    editor.post("/admin/library/" + approved + "/approve");
    editor.post("/admin/library/" + approved + "/withdraw");
    editor.post("/admin/library/" + approved + "/republish");
    editor.post("/admin/library/" + returned + "/return", "reviewNote", "Add the annex.");

    List<Entry> plan = entries("document", approved);
    assertThat(plan)
        .extracting(Entry::action)
        .containsExactly("PLAN_APPROVED", "DOCUMENT_WITHDRAWN", "DOCUMENT_PUBLISHED");
    assertThat(plan).extracting(Entry::email).containsOnly(email);
    assertThat(plan.get(0).before()).contains("PENDING");
    List<Entry> back = entries("document", returned);
    assertThat(back).extracting(Entry::action).containsExactly("PLAN_RETURNED");
    assertThat(back.get(0).detail()).contains("Add the annex.");

    long restricted = library.published("MEMBERS", null, "Members note", "Words.");
    long open = library.published("PUBLIC", null, "Public note", "Words.");
    PortalClient member = new PortalClient(port);
    String memberEmail = signIn(member, PortalRole.ASSOCIATE);
    assertThat(member.download("/library/" + restricted + "/download").status()).isEqualTo(200);
    assertThat(member.download("/library/" + open + "/download").status()).isEqualTo(200);
    List<Entry> downloads = entries("document", restricted);
    assertThat(downloads)
        .extracting(Entry::action)
        .containsExactly("DOCUMENT_PUBLISHED", "DOCUMENT_DOWNLOADED");
    assertThat(downloads.get(1).email()).isEqualTo(memberEmail);
    assertThat(downloads.get(1).detail()).contains("\"version\":1").contains("MEMBERS");
    assertThat(entries("document", open))
        .extracting(Entry::action)
        .containsExactly("DOCUMENT_PUBLISHED");
    // The editors' download log reads the same entries.
    assertThat(editor.get("/admin/library/downloads?document=" + restricted).body())
        .contains(memberEmail)
        .contains("Members note");
  }
}
