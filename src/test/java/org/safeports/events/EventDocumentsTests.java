package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The editors pick an event's reading and slides from the library; visitors see what they may. */
@PortalTest
class EventDocumentsTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestLibrary library;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  private PortalClient editor() {
    String email = TestAccounts.freshEmail("event-documents");
    accounts.create(email, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(email, TestAccounts.PASSWORD);
    return editor;
  }

  @Test
  void anEditorFindsAttachesOrdersAndRemovesDocumentsAndVisitorsSeeWhatTheyMayOpen() {
    String word = "Quayside" + port + System.nanoTime() % 100000;
    long open = library.published("PUBLIC", null, word + " public guidance", "Words.");
    long kept = library.published("DELEGATES", null, word + " delegates note", "Words.");
    long other = library.published("PUBLIC", null, word + " second guidance", "Words.");
    TestEvents.Made made =
        events.heldIn(
            "Documents seminar " + port,
            Instant.parse("2031-06-01T15:00:00Z"),
            ZoneId.of("America/Panama"),
            false,
            false);
    PortalClient editor = editor();
    String base = "/admin/events/" + made.id() + "/documents";

    assertThat(editor.get("/admin/events/" + made.id()).body()).contains(base);
    String found = editor.get(base + "?q=" + word).body();
    assertThat(found).contains(word + " public guidance").contains(word + " delegates note");
    // The delegates' note is marked: most people who see a public event cannot open it.
    assertThat(found).contains("Not everyone who sees this event can open it.");

    assertThat(editor.post(base, "documentId", "" + open, "role", "READING", "q", word).status())
        .isEqualTo(302);
    editor.post(base, "documentId", "" + kept, "role", "READING", "q", word);
    editor.post(base, "documentId", "" + other, "role", "READING", "q", word);
    String screen = editor.get(base).body();
    assertThat(screen.indexOf(word + " public guidance"))
        .isLessThan(screen.indexOf(word + " second guidance"));

    PortalClient visitor = new PortalClient(port);
    String page = visitor.get("/events/" + made.slug()).body();
    assertThat(page).contains(word + " public guidance").contains(word + " second guidance");
    assertThat(page).doesNotContain(word + " delegates note");
    assertThat(page.indexOf(word + " public guidance"))
        .isLessThan(page.indexOf(word + " second guidance"));

    editor.post(base + "/" + other + "/up");
    editor.post(base + "/" + other + "/up");
    page = visitor.get("/events/" + made.slug()).body();
    assertThat(page.indexOf(word + " second guidance"))
        .isLessThan(page.indexOf(word + " public guidance"));

    // Slides show once the event is over: this one is to come, so the document leaves the page.
    editor.post(base, "documentId", "" + other, "role", "SLIDES");
    assertThat(visitor.get("/events/" + made.slug()).body())
        .doesNotContain(word + " second guidance");

    editor.post(base + "/" + open + "/remove");
    assertThat(editor.get(base).body()).doesNotContain(word + " public guidance");
    assertThat(visitor.get("/events/" + made.slug()).body())
        .doesNotContain(word + " public guidance");

    assertThat(
            jdbc.sql(
                    "select action from audit_entry where object_type = 'event'"
                        + " and object_id = :id and action like 'EVENT_DOCUMENT_%' order by id")
                .param("id", "" + made.id())
                .query(String.class)
                .list())
        .containsExactly(
            "EVENT_DOCUMENT_ATTACHED",
            "EVENT_DOCUMENT_ATTACHED",
            "EVENT_DOCUMENT_ATTACHED",
            "EVENT_DOCUMENT_MOVED",
            "EVENT_DOCUMENT_MOVED",
            "EVENT_DOCUMENT_ATTACHED",
            "EVENT_DOCUMENT_REMOVED");
  }

  @Test
  void aMembersEventWarnsOfDocumentsAboveAPlainAccountAndRefusesWhatIsNotPublished() {
    String word = "Bollard" + port + System.nanoTime() % 100000;
    long members = library.published("MEMBERS", null, word + " members guide", "Words.");
    long pending = library.pendingPlan("PA", word + " pending plan", "Words.");
    TestEvents.Made made =
        events.heldIn(
            "Members documents " + port,
            Instant.parse("2031-06-02T15:00:00Z"),
            ZoneId.of("America/Panama"),
            false,
            true);
    PortalClient editor = editor();
    String base = "/admin/events/" + made.id() + "/documents";

    String found = editor.get(base + "?q=" + word).body();
    assertThat(found)
        .contains(word + " members guide")
        .contains("Not every participant can open it.");
    // A plan waiting for review is not in the catalogue, and cannot be attached by its number.
    assertThat(found).doesNotContain(word + " pending plan");
    var refused = editor.post(base, "documentId", "" + pending, "role", "READING", "q", word);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("That document is not published in the library (any more): search again.")
        .contains("value=\"" + word + "\"");
    var badRole = editor.post(base, "documentId", "" + members, "role", "POSTER", "q", word);
    assertThat(badRole.body()).contains("Choose whether the document is reading or slides.");

    editor.post(base, "documentId", "" + members, "role", "READING");
    // A plain account sees the event but not a members' document; an associate member sees it.
    String userEmail = TestAccounts.freshEmail("event-documents-user");
    accounts.create(userEmail, PortalRole.USER);
    PortalClient user = new PortalClient(port);
    user.signIn(userEmail, TestAccounts.PASSWORD);
    assertThat(user.get("/events/" + made.slug()).body())
        .contains("Members documents " + port)
        .doesNotContain(word + " members guide");
    String memberEmail = TestAccounts.freshEmail("event-documents-member");
    accounts.create(memberEmail, PortalRole.ASSOCIATE);
    PortalClient member = new PortalClient(port);
    member.signIn(memberEmail, TestAccounts.PASSWORD);
    assertThat(member.get("/events/" + made.slug()).body()).contains(word + " members guide");

    // Another event's document, or an event that does not exist: not found.
    TestEvents.Made elsewhere =
        events.seminar("Elsewhere " + port, Instant.parse("2031-07-01T15:00:00Z"));
    assertThat(
            editor
                .post("/admin/events/" + elsewhere.id() + "/documents/" + members + "/remove")
                .status())
        .isEqualTo(404);
    assertThat(editor.post("/admin/events/999999999/documents/" + members + "/up").status())
        .isEqualTo(404);
    assertThat(editor.get("/admin/events/999999999/documents").status()).isEqualTo(404);
    assertThat(editor.get(base).body()).contains(word + " members guide");
  }
}
