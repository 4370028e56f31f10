package org.safeports.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safeports.forum.ForumAudience;
import org.safeports.forum.ForumDelivery;
import org.safeports.forum.TestForum;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The forum's mail: per post to watchers who may read it by their role now, mentions once, digests
 * with only what the reader may read and never twice, the one-click unsubscribe signed out, and its
 * headers at the mail server.
 */
@PortalTest
class ForumMailTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestForum forum;
  @Autowired ForumDigests digests;
  @Autowired ForumDigestJob job;
  @Autowired TestSenders senders;

  record Person(long id, String email) {}

  Person person(String prefix, PortalRole role) {
    String email = TestAccounts.freshEmail(prefix);
    return new Person(accounts.create(email, role), email);
  }

  PortalClient signedIn(Person person, String language) {
    PortalClient client = new PortalClient(port).language(language);
    assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  void watchCategory(Person person, long categoryId, String delivery) {
    Response watched =
        signedIn(person, "en")
            .post(
                "/forum/c/" + forum.slugOf(categoryId) + "/watch",
                "watch",
                "true",
                "delivery",
                delivery);
    assertThat(watched.isRedirectTo("/forum/c/" + forum.slugOf(categoryId))).isTrue();
  }

  void watchTopic(Person person, long topicId, String delivery) {
    Response watched =
        signedIn(person, "en")
            .post("/forum/t/" + topicId + "/watch", "watch", "true", "delivery", delivery);
    assertThat(watched.isRedirectTo("/forum/t/" + topicId)).isTrue();
  }

  long mails(Person person, String kind) {
    return jdbc.sql("select count(*) from outbox_mail where recipient = ? and category = ?")
        .params(person.email(), kind)
        .query(Long.class)
        .single();
  }

  String latestBody(Person person, String kind) {
    return jdbc.sql(
            "select body from outbox_mail where recipient = ? and category = ?"
                + " order by id desc limit 1")
        .params(person.email(), kind)
        .query(String.class)
        .single();
  }

  void awaitMail(Person person, String kind, long count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> mails(person, kind) >= count);
  }

  void audience(long categoryId, ForumAudience audience) {
    jdbc.sql("update forum_category set audience = ? where id = ?")
        .params(audience.name(), categoryId)
        .update();
  }

  String token(Person person) {
    return jdbc.sql("select unsubscribe_token from forum_member where account_id = ?")
        .param(person.id())
        .query(String.class)
        .single();
  }

  String delivery(Person person) {
    return jdbc.sql("select delivery from forum_member where account_id = ?")
        .param(person.id())
        .query(String.class)
        .single();
  }

  @Test
  void aPostIsMailedAtOnceOnlyToWatchersWhoMayReadItByTheirRoleNow() {
    long category = forum.category("Drills", ForumAudience.PUBLIC);
    Person user = person("watch-user", PortalRole.USER);
    Person pfso = person("watch-pfso", PortalRole.PFSO);
    Person demoted = person("watch-demoted", PortalRole.PFSO);
    Person author = person("watch-author", PortalRole.PFSO);
    watchCategory(user, category, "PER_POST");
    watchCategory(pfso, category, "PER_POST");
    watchCategory(demoted, category, "PER_POST");
    watchCategory(author, category, "PER_POST");
    audience(category, ForumAudience.PFSO);
    jdbc.sql("update account set role = 'USER' where id = ?").param(demoted.id()).update();

    forum.topic(
        category, author.id(), PortalRole.PFSO, "Night drill", "The gate drill at <b>02:00</b>.");

    awaitMail(pfso, "forumPost", 1);
    String body = latestBody(pfso, "forumPost");
    assertThat(body).contains("Night drill").contains("The gate drill at").contains("/forum/p/");
    assertThat(body).contains("/forum/unsubscribe/" + token(pfso));
    assertThat(
            jdbc.sql(
                    "select unsubscribe_url from outbox_mail where recipient = ?"
                        + " and category = 'forumPost'")
                .param(pfso.email())
                .query(String.class)
                .single())
        .endsWith("/forum/unsubscribe/" + token(pfso));
    assertThat(mails(user, "forumPost")).as("the category became PFSO-only").isZero();
    assertThat(mails(demoted, "forumPost")).as("no longer a PFSO").isZero();
    assertThat(mails(author, "forumPost")).as("not to the author").isZero();
  }

  @Test
  void aMentionedWatcherGetsThePostOnceAndNobodyWhoTurnedForumMailOff() {
    long category = forum.category("Access control", ForumAudience.PUBLIC);
    Person watcher = person("mention-watcher", PortalRole.USER);
    Person silent = person("mention-silent", PortalRole.USER);
    Person author = person("mention-author", PortalRole.USER);
    long topic = forum.topic(category, author.id(), PortalRole.USER, "Badges", "Who issues them?");
    watchTopic(watcher, topic, "PER_POST");
    watchTopic(silent, topic, "");
    Response off = signedIn(silent, "en").post("/account/forum", "delivery", "NONE");
    assertThat(off.isRedirectTo("/account/forum")).isTrue();
    String watcherHandle = handle(watcher);
    String silentHandle = handle(silent);

    forum.reply(
        topic,
        author.id(),
        PortalRole.USER,
        "@" + watcherHandle + " and @" + silentHandle + ", see this.");

    awaitMail(watcher, "forumMention", 1);
    assertThat(latestBody(watcher, "forumMention")).contains("Badges");
    assertThat(mails(watcher, "forumPost")).as("the same post does not come twice").isZero();
    assertThat(mails(silent, "forumMention") + mails(silent, "forumPost")).isZero();
    assertThat(
            jdbc.sql("select channel from forum_delivery where account_id = ?")
                .param(watcher.id())
                .query(String.class)
                .list())
        .containsExactly("MENTION");
  }

  String handle(Person person) {
    return jdbc.sql("select handle from forum_member where account_id = ?")
        .param(person.id())
        .query(String.class)
        .single();
  }

  @Test
  void aDigestHoldsOnlyWhatTheReaderMayReadAndRunTwiceSendsNothingNew() {
    long open = forum.category("Hurricane season", ForumAudience.PUBLIC);
    long closing = forum.category("Cyber security", ForumAudience.PUBLIC);
    Person reader = person("digest-reader", PortalRole.USER);
    Person author = person("digest-author", PortalRole.PFSO);
    long openTopic = forum.topic(open, author.id(), PortalRole.PFSO, "Storm plans", "Plans.");
    long closingTopic = forum.topic(closing, author.id(), PortalRole.PFSO, "Phishing", "Beware.");
    watchCategory(reader, open, "");
    watchTopic(reader, closingTopic, "DAILY");
    audience(closing, ForumAudience.PFSO);

    forum.reply(openTopic, author.id(), PortalRole.PFSO, "Shutters go up on Friday.");
    long hidden = forum.reply(openTopic, author.id(), PortalRole.PFSO, "A post a moderator hid.");
    jdbc.sql("update forum_post set state = 'HIDDEN' where id = ?").param(hidden).update();
    forum.reply(closingTopic, author.id(), PortalRole.PFSO, "The PFSO-only reply.");

    Instant now = Instant.now();
    assertThat(digests.send(reader.id(), ForumDelivery.DAILY, now)).isTrue();
    String body = latestBody(reader, "forumDaily");
    assertThat(body)
        .contains("Storm plans")
        .contains("Shutters go up on Friday.")
        .doesNotContain("A post a moderator hid")
        .doesNotContain("Phishing")
        .doesNotContain("PFSO-only")
        .contains("/forum/unsubscribe/" + token(reader));

    assertThat(digests.send(reader.id(), ForumDelivery.DAILY, now)).isFalse();
    job.sendAll(ForumDelivery.DAILY);
    assertThat(mails(reader, "forumDaily")).as("run twice, one digest").isEqualTo(1);
    assertThat(digests.send(reader.id(), ForumDelivery.DAILY, now.plus(Duration.ofHours(21))))
        .as("the next day, nothing new to send")
        .isFalse();

    forum.reply(openTopic, author.id(), PortalRole.PFSO, "Shutters are up.");
    assertThat(digests.send(reader.id(), ForumDelivery.DAILY, now.plus(Duration.ofHours(42))))
        .isTrue();
    assertThat(latestBody(reader, "forumDaily"))
        .contains("Shutters are up.")
        .doesNotContain("Shutters go up on Friday.");
    assertThat(digests.send(reader.id(), ForumDelivery.WEEKLY, Instant.now())).isFalse();
  }

  @Test
  void twoInstancesWritingTheSameDigestAtOnceWriteItOnce() throws Exception {
    long category = forum.category("Exercises", ForumAudience.PUBLIC);
    Person reader = person("digest-twice", PortalRole.USER);
    Person author = person("digest-twice-author", PortalRole.USER);
    long topic = forum.topic(category, author.id(), PortalRole.USER, "Tabletop", "Agenda.");
    watchTopic(reader, topic, "WEEKLY");
    forum.reply(topic, author.id(), PortalRole.USER, "Minutes attached.");
    Instant now = Instant.now();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return digests.send(reader.id(), ForumDelivery.WEEKLY, now);
                }));
      }
      start.countDown();
      int written = 0;
      for (Future<Boolean> run : runs) {
        written += run.get() ? 1 : 0;
      }
      assertThat(written).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(mails(reader, "forumWeekly")).isEqualTo(1);
    assertThat(latestBody(reader, "forumWeekly")).contains("Minutes attached.");
  }

  @Test
  void theUnsubscribeLinkWorksSignedOutWithOnePostAndAnUnknownTokenRevealsNothing() {
    Person reader = person("unsubscribe", PortalRole.USER);
    long category = forum.category("Cargo", ForumAudience.PUBLIC);
    watchCategory(reader, category, "PER_POST");
    String path = "/forum/unsubscribe/" + token(reader);

    PortalClient stranger = new PortalClient(port).language("es");
    Response page = stranger.get(path + "?lang=es");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Dejar de recibir correos del foro");
    assertThat(Jsoup.parse(page.body()).select("main form input[name=_csrf]")).isEmpty();

    Response oneClick =
        new PortalClient(port).postRaw(path, PortalClient.pairs("List-Unsubscribe", "One-Click"));
    assertThat(oneClick.status()).isEqualTo(200);
    assertThat(oneClick.body()).contains("Forum mail stopped").contains("href=\"/account/forum\"");
    assertThat(delivery(reader)).isEqualTo("NONE");
    assertThat(
            jdbc.sql(
                    "select count(*) from forum_subscription where account_id = ?"
                        + " and delivery is not null")
                .param(reader.id())
                .query(Long.class)
                .single())
        .as("no per-category choice keeps mail coming")
        .isZero();

    Response unknown = new PortalClient(port).get("/forum/unsubscribe/" + "ab".repeat(24));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("This link is not recognised");
    assertThat(
            new PortalClient(port)
                .postRaw("/forum/unsubscribe/nonsense", PortalClient.pairs())
                .status())
        .isEqualTo(404);
    assertThat(new PortalClient(port).postRaw("/account/forum", PortalClient.pairs()).status())
        .as("only the unsubscribe POST is exempt from CSRF")
        .isEqualTo(403);
  }

  @Test
  void theListUnsubscribeHeadersReachTheMailServer() throws Exception {
    long category = forum.category("Ferries", ForumAudience.PUBLIC);
    Person reader = person("headers", PortalRole.USER);
    Person author = person("headers-author", PortalRole.USER);
    watchCategory(reader, category, "PER_POST");
    senders.settleEarlierMail();
    forum.topic(category, author.id(), PortalRole.USER, "Timetables", "Winter timetable.");
    awaitMail(reader, "forumPost", 1);
    // Only this reader's mail is due now, whatever other tests and jobs left in the shared outbox
    // meanwhile (later tests settle it with a clock days ahead).
    jdbc.sql(
            "update outbox_mail set next_attempt_at = now() + interval '1 day'"
                + " where status = 'PENDING' and recipient <> ?")
        .param(reader.email())
        .update();

    int smtpPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    server.start();
    try {
      JavaMailSenderImpl smtp = TestSenders.smtp(smtpPort, 5000);
      OutboxSender sender = senders.sender(smtp, Clock.systemUTC());
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                sender.deliverDue();
                return java.util.Arrays.stream(server.getReceivedMessages())
                    .anyMatch(m -> to(m, reader.email()));
              });
      MimeMessage received =
          java.util.Arrays.stream(server.getReceivedMessages())
              .filter(m -> to(m, reader.email()))
              .findFirst()
              .orElseThrow();
      assertThat(received.getHeader("List-Unsubscribe", null))
          .isEqualTo("<" + base() + "/forum/unsubscribe/" + token(reader) + ">");
      assertThat(received.getHeader("List-Unsubscribe-Post", null))
          .isEqualTo("List-Unsubscribe=One-Click");
    } finally {
      server.stop();
    }
  }

  @Autowired org.safeports.platform.PortalProperties properties;

  String base() {
    return properties.link("");
  }

  static boolean to(MimeMessage message, String email) {
    try {
      return message.getAllRecipients()[0].toString().equals(email);
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void thePreferencesPageSavesTheDefaultListsWhatIsStillReadableAndStoppingSticks() {
    Person reader = person("prefs", PortalRole.USER);
    Person author = person("prefs-author", PortalRole.USER);
    long open = forum.category("Open", ForumAudience.PUBLIC);
    long closing = forum.category("Closing", ForumAudience.PUBLIC);
    long shown = forum.topic(open, author.id(), PortalRole.USER, "Shown topic", "Text.");
    long gone = forum.topic(closing, author.id(), PortalRole.USER, "Gone topic", "Text.");
    watchTopic(reader, shown, "WEEKLY");
    watchTopic(reader, gone, "");
    audience(closing, ForumAudience.PFSO);
    PortalClient client = signedIn(reader, "es");

    Document page = Jsoup.parse(client.get("/account/forum?lang=es").body());
    assertThat(page.select("h1").text()).isEqualTo("Correos del foro");
    assertThat(page.select("main").text()).contains("Shown topic").doesNotContain("Gone topic");
    assertThat(page.select("#delivery-t" + shown + " option[selected]").attr("value"))
        .isEqualTo("WEEKLY");
    assertThat(page.select("input[name=delivery][checked]").attr("value")).isEqualTo("DAILY");
    assertThat(client.get("/account?lang=es").body()).contains("href=\"/account/forum\"");

    Response wrong = client.post("/account/forum", "delivery", "HOURLY");
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("id=\"delivery-error\"")
        .contains("Elija cómo quiere enterarse de los nuevos mensajes.");
    assertThat(client.post("/account/forum", "delivery", "WEEKLY").isRedirectTo("/account/forum"))
        .isTrue();
    assertThat(delivery(reader)).isEqualTo("WEEKLY");

    assertThat(client.post("/forum/t/" + gone + "/watch", "watch", "true").status())
        .as("a topic the reader may no longer read is not found")
        .isEqualTo(404);

    Response stop =
        client.post("/forum/t/" + shown + "/watch", "watch", "false", "back", "preferences");
    assertThat(stop.isRedirectTo("/account/forum")).isTrue();
    forum.reply(shown, reader.id(), PortalRole.USER, "A reply does not watch it again.");
    assertThat(Jsoup.parse(client.get("/account/forum").body()).select("main").text())
        .doesNotContain("Shown topic");
  }
}
