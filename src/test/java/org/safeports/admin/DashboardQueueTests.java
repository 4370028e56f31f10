package org.safeports.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.events.TestEvents;
import org.safeports.forum.ForumAudience;
import org.safeports.forum.TestForum;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.membership.TestAssociates;
import org.safeports.membership.TestPfsos;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat's queue on the dashboard: every kind of waiting work from its module, oldest
 * first, with its age and link; "I'm on it" and "Leave it" between two editors, the claim held by
 * one person at a time even when both click at once, claims on done work forgotten, the audit log.
 */
@PortalTest
class DashboardQueueTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestPieces pieces;
  @Autowired TestLibrary library;
  @Autowired TestAssociates associates;
  @Autowired TestPfsos pfsos;
  @Autowired TestForum forum;
  @Autowired TestEvents events;
  @Autowired TestContent content;

  PortalClient signedIn(PortalRole role, String name) {
    String email = TestAccounts.freshEmail("queue-" + role.name().toLowerCase());
    long id = accounts.create(email, role);
    jdbc.sql("update account set display_name = ? where id = ?").param(name).param(id).update();
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    return client;
  }

  void since(String table, String column, long id, String at) {
    jdbc.sql("update " + table + " set " + column + " = cast(? as timestamptz) where id = ?")
        .param(at)
        .param(id)
        .update();
  }

  static List<String> keys(String html) {
    List<String> keys = new ArrayList<>();
    for (Element row : Jsoup.parse(html).select("#queue tbody tr")) {
      keys.add(row.attr("data-key"));
    }
    return keys;
  }

  static Element row(String html, String key) {
    return Jsoup.parse(html).selectFirst("#queue tr[data-key=\"" + key + "\"]");
  }

  @Test
  void everyKindOfWaitingWorkComesFromItsModuleOldestFirstWithItsAgeAndLink() {
    long piece = pieces.submittedBySomeoneElse("Queue piece " + System.nanoTime());
    since("voices_piece", "submitted_at", piece, "1990-01-01T00:00:00Z");

    long plan = library.pendingPlan("PE", "Queue plan of Peru", "Words of the plan.");
    jdbc.sql(
            "update library_version set uploaded_at = '1990-01-02T00:00:00Z' where document_id = ?")
        .param(plan)
        .update();
    since("library_document", "created_at", plan, "1990-01-02T00:00:00Z");

    long application =
        associates.apply(
            "Queue Organisation",
            "OTHER",
            "CR",
            "Ana Queue",
            "Director",
            TestAccounts.freshEmail("queue-applicant"),
            "We secure ports.",
            "es",
            true);
    since("associate_application", "queued_at", application, "1990-01-03T00:00:00Z");

    long pfsoAccount = accounts.create(TestAccounts.freshEmail("queue-pfso"), PortalRole.USER);
    long pfso = pfsos.pending(pfsoAccount, "PA", "Queue Terminal");
    since("pfso_request", "requested_at", pfso, "1990-01-04T00:00:00Z");

    long poster = accounts.create(TestAccounts.freshEmail("queue-poster"), PortalRole.USER);
    long category = forum.category("Queue category", ForumAudience.PUBLIC);
    long topic = forum.topic(category, poster, PortalRole.USER, "Queue topic", "Text of it.");
    long post =
        jdbc.sql("select min(id) from forum_post where topic_id = ?")
            .param(topic)
            .query(Long.class)
            .single();
    long flagger = accounts.create(TestAccounts.freshEmail("queue-flagger"), PortalRole.USER);
    forum.flag(post, flagger, PortalRole.USER, "SPAM", null);
    jdbc.sql("update forum_flag set created_at = '1990-01-05T00:00:00Z' where post_id = ?")
        .param(post)
        .update();

    long event = events.seminarFor("Queue seminar", Instant.parse("2030-01-01T15:00:00Z"), 20).id();
    long registrant = accounts.create(TestAccounts.freshEmail("queue-registrant"), PortalRole.USER);
    jdbc.sql(
            "insert into event_registration (event_id, account_id, status, language, registered_at,"
                + " status_changed_at) values (?, ?, 'PENDING', 'en', ?, ?)")
        .param(event)
        .param(registrant)
        .param(Timestamp.from(Instant.parse("1990-01-06T00:00:00Z")))
        .param(Timestamp.from(Instant.parse("1990-01-06T00:00:00Z")))
        .update();

    long page = content.publishedPage(TestContent.freshSlug("queue-page"), "Queue page", "Body.");
    since("content_item", "created_at", page, "1990-01-07T00:00:00Z");
    jdbc.sql("update content_item set next_review_on = '1990-01-08' where id = ?")
        .param(page)
        .update();

    long oldPlan = library.publishedPlan("PUBLIC", "PE", "Queue plan not reviewed");
    jdbc.sql(
            "update library_document set last_reviewed = '1989-01-09', created_at = '1980-01-01'"
                + " where id = ?")
        .param(oldPlan)
        .update();

    long mail =
        jdbc.sql(
                "insert into outbox_mail (recipient, subject, body, language, category, status,"
                    + " attempts, next_attempt_at, created_at) values ('x@example.org',"
                    + " 'Queue mail that bounced', 'Body', 'en', 'test', 'FAILED', 5,"
                    + " '1990-01-10T00:00:00Z', '1990-01-10T00:00:00Z') returning id")
            .query(Long.class)
            .single();

    List<String> expected =
        List.of(
            "voices:" + piece,
            "library:" + plan,
            "application:" + application,
            "pfso:" + pfso,
            "forum:" + post,
            "registrations:" + event,
            "translation:" + page + ":es",
            "translation:" + page + ":fr",
            "translation:" + page + ":pt",
            "review:" + page,
            "library-review:" + oldPlan,
            "mail:" + mail);

    PortalClient admin = signedIn(PortalRole.ADMIN, "Alma Admin");
    String html = admin.get("/admin").body();
    assertThat(keys(html).stream().filter(expected::contains).toList()).isEqualTo(expected);
    Element pieceRow = row(html, "voices:" + piece);
    assertThat(pieceRow.selectFirst("a").attr("href")).isEqualTo("/admin/voices/" + piece);
    assertThat(pieceRow.text()).contains("Port Voices piece to review").contains("months");
    assertThat(row(html, "registrations:" + event).selectFirst("a").attr("href"))
        .isEqualTo("/admin/events/" + event + "/registrants?status=PENDING");
    assertThat(row(html, "library-review:" + oldPlan).text()).contains("Plan past its review date");

    // In Spanish, the age and the kind in words of the reader's language.
    String spanish = admin.language("es").get("/admin").body();
    assertThat(row(spanish, "voices:" + piece).text())
        .contains("Artículo de Port Voices por revisar")
        .contains("meses");

    // An editor does not see undelivered mail (only administrators read the mail log).
    PortalClient editor = signedIn(PortalRole.EDITOR, "Eva Editor");
    String editors = editor.get("/admin").body();
    assertThat(keys(editors)).contains("voices:" + piece).doesNotContain("mail:" + mail);

    // The kind filter lists that kind only.
    List<String> onlyPieces = keys(editor.get("/admin?kind=PIECE").body());
    assertThat(onlyPieces).contains("voices:" + piece).allMatch(k -> k.startsWith("voices:"));
    // An unknown kind is every kind.
    assertThat(keys(editor.get("/admin?kind=NOPE").body())).contains("review:" + page);
  }

  @Test
  void anEditorTakesAnItemAndAnotherSeesWhoTookItAndCannotTakeOrLeaveIt() {
    long piece = pieces.submittedBySomeoneElse("Claimed piece " + System.nanoTime());
    String key = "voices:" + piece;
    PortalClient ana = signedIn(PortalRole.EDITOR, "Ana Editora");
    PortalClient ben = signedIn(PortalRole.EDITOR, "Ben Editor");
    ana.get("/admin");
    Response taken = ana.post("/admin/queue/claim", "key", key);
    assertThat(taken.status()).isEqualTo(302);
    assertThat(taken.redirectPath()).startsWith("/admin");
    assertThat(row(ana.get("/admin").body(), key).text()).contains("You are on it.");

    String bens = ben.get("/admin").body();
    assertThat(row(bens, key).text()).contains("Ana Editora is on it.");
    assertThat(row(bens, key).select("button")).isEmpty();

    ben.post("/admin/queue/claim", "key", key);
    assertThat(ben.get("/admin").body()).contains("Someone else is already on it.");
    ben.post("/admin/queue/leave", "key", key);
    assertThat(ben.get("/admin").body()).contains("You were not on that item.");
    assertThat(holder(key)).isEqualTo("Ana Editora");

    ana.post("/admin/queue/leave", "key", key);
    assertThat(ana.get("/admin").body()).contains("You left it");
    assertThat(holder(key)).isNull();
    assertThat(row(ben.get("/admin").body(), key).text()).contains("I'm on it");

    assertThat(
            jdbc.sql(
                    "select action from audit_entry where object_type = 'work-item'"
                        + " and object_id = ? order by id")
                .param(key)
                .query(String.class)
                .list())
        .containsExactly("WORK_CLAIMED", "WORK_LEFT");

    // A made-up key, or the key of work that no longer waits, is not taken.
    ana.post("/admin/queue/claim", "key", "voices:999999999");
    assertThat(ana.get("/admin").body()).contains("That item no longer waits");
    assertThat(holder("voices:999999999")).isNull();
  }

  @Test
  void twoEditorsClickingAtOnceLeaveOneClaim() throws Exception {
    long piece = pieces.submittedBySomeoneElse("Raced piece " + System.nanoTime());
    String key = "voices:" + piece;
    List<PortalClient> editors = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      PortalClient editor = signedIn(PortalRole.EDITOR, "Racer " + i);
      editor.get("/admin");
      editors.add(editor);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(editors.size());
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (PortalClient editor : editors) {
        Callable<Response> claim =
            () -> {
              start.await();
              return editor.post("/admin/queue/claim", "key", key);
            };
        answers.add(pool.submit(claim));
      }
      start.countDown();
      for (Future<Response> answer : answers) {
        assertThat(answer.get().status()).isEqualTo(302);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.sql("select count(*) from work_claim where work_key = ?")
                .param(key)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'WORK_CLAIMED'"
                        + " and object_id = ?")
                .param(key)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aClaimOnWorkThatIsDoneDisappears() {
    long application =
        associates.apply(
            "Done Organisation",
            "OTHER",
            "CR",
            "Done Applicant",
            "Director",
            TestAccounts.freshEmail("done-applicant"),
            "We secure ports.",
            "en",
            true);
    String key = "application:" + application;
    PortalClient ana = signedIn(PortalRole.EDITOR, "Ana Done");
    ana.get("/admin");
    ana.post("/admin/queue/claim", "key", key);
    assertThat(holder(key)).isEqualTo("Ana Done");

    associates.approve(application);
    assertThat(keys(ana.get("/admin").body())).doesNotContain(key);
    // The next claim tidies up the claims on work of that kind that no longer waits.
    long other =
        associates.apply(
            "Other Organisation",
            "OTHER",
            "CR",
            "Other Applicant",
            "Director",
            TestAccounts.freshEmail("other-applicant"),
            "We secure ports.",
            "en",
            true);
    ana.post("/admin/queue/claim", "key", "application:" + other);
    assertThat(holder(key)).isNull();
    assertThat(holder("application:" + other)).isEqualTo("Ana Done");
  }

  @Test
  void theDashboardAsksAFixedNumberOfStatementsWhateverTheQueueHolds() {
    PortalClient editor = signedIn(PortalRole.EDITOR, "Counting Editor");
    editor.get("/admin");
    long before = statements(editor);
    for (int i = 0; i < 5; i++) {
      long piece = pieces.submittedBySomeoneElse("Counted piece " + i);
      if (i % 2 == 0) {
        editor.post("/admin/queue/claim", "key", "voices:" + piece);
      }
    }
    long pfsoAccount = accounts.create(TestAccounts.freshEmail("count-pfso"), PortalRole.USER);
    pfsos.pending(pfsoAccount, "PA", "Counted Terminal");
    // The page after a claim shows its notice once (a write to the session); the next is plain.
    editor.get("/admin");
    long after = statements(editor);
    assertThat(after).isEqualTo(before);
    // One or two statements per kind of work (each source asks for its oldest items), the claims,
    // and the page's own (its viewer, its header); what matters is that it does not grow.
    assertThat(before).isLessThanOrEqualTo(32);
  }

  private long statements(PortalClient client) {
    long start = QueryCounter.statements();
    assertThat(client.get("/admin").status()).isEqualTo(200);
    return QueryCounter.statements() - start;
  }

  private String holder(String key) {
    return jdbc.sql("select claimer_name from work_claim where work_key = ?")
        .param(key)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
