package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The moderation services: flags, the queue's steps, and moving posts between topics. */
@PortalTest
@RecordApplicationEvents
class ForumModerationTests {

  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ForumFlags flags;
  @Autowired ForumModeration moderation;
  @Autowired ForumTopicModeration topics;
  @Autowired ForumReaders readers;
  @Autowired ApplicationEvents events;

  @Test
  void enoughFlagsFromDifferentReadersHideThePostAndDismissingShowsItAgain() {
    long category = forum.category("General", ForumAudience.PUBLIC);
    String authorEmail = TestAccounts.freshEmail("author");
    long author = accounts.create(authorEmail, PortalRole.USER);
    long topic = forum.topic(category, author, PortalRole.USER, "Port fees", "Opening");
    long reply = forum.reply(topic, author, PortalRole.USER, "Buy cheap containers");
    int threshold =
        jdbc.sql("select flags_to_hide from forum_settings").query(Integer.class).single();

    assertThatThrownBy(() -> flags.flag(user(author), reply, FlagReason.SPAM, null))
        .isInstanceOf(ForumModerationRefused.class)
        .hasMessage("forum.flag.own");
    ForumReader first = user(accounts.create(TestAccounts.freshEmail("flagger"), PortalRole.USER));
    flags.flag(first, reply, FlagReason.SPAM, "An advert");
    assertThatThrownBy(() -> flags.flag(first, reply, FlagReason.ABUSIVE, null))
        .isInstanceOf(ForumModerationRefused.class)
        .hasMessage("forum.flag.already");
    for (int i = 1; i < threshold - 1; i++) {
      flags.flag(
          user(accounts.create(TestAccounts.freshEmail("flagger"), PortalRole.USER)),
          reply,
          FlagReason.SPAM,
          null);
    }
    assertThat(state(reply)).isEqualTo("VISIBLE");
    flags.flag(
        user(accounts.create(TestAccounts.freshEmail("flagger"), PortalRole.USER)),
        reply,
        FlagReason.OFF_TOPIC,
        null);

    assertThat(state(reply)).isEqualTo("HIDDEN");
    assertThat(postCount(topic)).isEqualTo(1);
    assertThat(audits("FORUM_POST_HIDDEN", reply)).isEqualTo(1);
    awaitMail(authorEmail, "hidden until reviewed");

    moderation.dismiss(editor(), reply);
    assertThat(state(reply)).isEqualTo("VISIBLE");
    assertThat(postCount(topic)).isEqualTo(2);
    assertThat(openFlags(reply)).isZero();
    assertThat(audits("FORUM_FLAGS_DISMISSED", reply)).isEqualTo(1);
    awaitMail(authorEmail, "is shown again");
  }

  @Test
  void aHiddenPostTellsItsAuthorTheReasonAndTheFirstPostHidesTheTopic() {
    long category = forum.category("General", ForumAudience.PUBLIC);
    String authorEmail = TestAccounts.freshEmail("author");
    long author = accounts.create(authorEmail, PortalRole.USER);
    long topic = forum.topic(category, author, PortalRole.USER, "Cheap flags", "Advert");
    long opening = firstPost(topic);

    moderation.hide(editor(), opening, "Advertising is not allowed here");

    assertThat(state(opening)).isEqualTo("HIDDEN");
    assertThat(
            jdbc.sql("select state from forum_topic where id = :t")
                .param("t", topic)
                .query(String.class)
                .single())
        .isEqualTo("HIDDEN");
    assertThat(
            jdbc.sql("select topic_count from forum_category where id = :c")
                .param("c", category)
                .query(Integer.class)
                .single())
        .isZero();
    String body = awaitMail(authorEmail, "is hidden");
    assertThat(body).contains("Advertising is not allowed here").contains("/forum/p/" + opening);
    assertThat(audits("FORUM_POST_HIDDEN", opening)).isEqualTo(1);
  }

  @Test
  void approvingAHeldPostPublishesItAndRejectingDeletesIt() {
    long category = forum.category("General", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("newcomer"), PortalRole.USER);
    long topic = forum.topic(category, author, PortalRole.USER, "Hello", "First words");
    long held = forum.reply(topic, author, PortalRole.USER, "Held words");
    long rejected = forum.reply(topic, author, PortalRole.USER, "Rejected words");
    jdbc.sql("update forum_post set state = 'HELD' where id in (:ids)")
        .param("ids", List.of(held, rejected))
        .update();
    jdbc.sql("update forum_topic set post_count = 1 where id = :t").param("t", topic).update();
    events.clear();

    moderation.approve(editor(), held);
    moderation.reject(editor(), rejected, "Written twice");

    assertThat(state(held)).isEqualTo("VISIBLE");
    assertThat(state(rejected)).isEqualTo("DELETED");
    assertThat(postCount(topic)).isEqualTo(2);
    assertThat(events.stream(ForumPostPublished.class).filter(e -> e.postId() == held).count())
        .isEqualTo(1);
    assertThat(events.stream(ForumPostPublished.class).filter(e -> e.postId() == rejected).count())
        .isZero();
    assertThat(events.stream(ForumPostModerated.class).map(ForumPostModerated::action))
        .contains("approved", "rejected");
    assertThatThrownBy(() -> moderation.approve(editor(), held)).isInstanceOf(ForumRefused.class);
    assertThat(audits("FORUM_POST_APPROVED", held) + audits("FORUM_POST_REJECTED", rejected))
        .isEqualTo(2);
  }

  @Test
  void aMergedTopicsPostsFollowTheTargetsInOrderAndTheCountersAgree() {
    long category = forum.category("Drills", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long target = forum.topic(category, pfso, PortalRole.PFSO, "Drill A", "A1");
    forum.reply(target, pfso, PortalRole.PFSO, "A2");
    long source = forum.topic(category, pfso, PortalRole.PFSO, "Drill B", "B1");
    forum.reply(source, pfso, PortalRole.PFSO, "B2");
    forum.reply(source, pfso, PortalRole.PFSO, "B3");

    topics.merge(editor(), source, target, false, "Same drill");

    assertThat(
            jdbc.sql(
                    "select body_markdown || '#' || number from forum_post where topic_id = :t order by number")
                .param("t", target)
                .query(String.class)
                .list())
        .containsExactly("A1#1", "A2#2", "B1#3", "B2#4", "B3#5");
    assertThat(postCount(target)).isEqualTo(5);
    assertThat(postCount(source)).isZero();
    assertThat(
            jdbc.sql("select merged_into_id from forum_topic where id = :t")
                .param("t", source)
                .query(Long.class)
                .single())
        .isEqualTo(target);
    assertThat(categoryCounts(category)).isEqualTo("1/5");
    assertThat(audits("FORUM_TOPIC_MERGED", source)).isEqualTo(1);
  }

  @Test
  void splitPostsStartANewTopicInOrderAndTheOpeningPostStays() {
    long category = forum.category("Drills", ForumAudience.PFSO);
    long other = forum.category("Exercises", ForumAudience.PFSO);
    long publicCategory = forum.category("General", ForumAudience.PUBLIC);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long topic = forum.topic(category, pfso, PortalRole.PFSO, "Drill", "P1");
    forum.reply(topic, pfso, PortalRole.PFSO, "P2");
    long third = forum.reply(topic, pfso, PortalRole.PFSO, "P3");
    long fourth = forum.reply(topic, pfso, PortalRole.PFSO, "P4");

    assertThatThrownBy(
            () -> topics.split(editor(), topic, List.of(firstPost(topic)), "X", other, false, null))
        .isInstanceOf(ForumModerationRefused.class);
    assertThatThrownBy(
            () -> topics.split(editor(), topic, List.of(third), "X", publicCategory, false, null))
        .isInstanceOf(ForumModerationRefused.class)
        .hasMessage("forum.mod.audienceChanges");
    long split =
        topics.split(
            editor(), topic, List.of(fourth, third), "Exercise", other, false, "Its own topic");

    assertThat(
            jdbc.sql(
                    "select body_markdown || '#' || number from forum_post where topic_id = :t order by number")
                .param("t", split)
                .query(String.class)
                .list())
        .containsExactly("P3#1", "P4#2");
    assertThat(postCount(topic)).isEqualTo(2);
    assertThat(postCount(split)).isEqualTo(2);
    assertThat(categoryCounts(category)).isEqualTo("1/2");
    assertThat(categoryCounts(other)).isEqualTo("1/2");
    assertThat(audits("FORUM_TOPIC_SPLIT", topic)).isEqualTo(1);
  }

  @Test
  void aMoveRecountsBothCategoriesAndAChangeOfAudienceMustBeConfirmed() {
    long from = forum.category("Drills", ForumAudience.PFSO);
    long to = forum.category("Exercises", ForumAudience.PFSO);
    long open = forum.category("General", ForumAudience.PUBLIC);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long topic = forum.topic(from, pfso, PortalRole.PFSO, "Drill", "P1");
    forum.reply(topic, pfso, PortalRole.PFSO, "P2");

    topics.move(editor(), topic, to, false, null);
    assertThat(categoryCounts(from)).isEqualTo("0/0");
    assertThat(categoryCounts(to)).isEqualTo("1/2");

    assertThatThrownBy(() -> topics.move(editor(), topic, open, false, null))
        .isInstanceOf(ForumModerationRefused.class)
        .hasMessage("forum.mod.audienceChanges");
    topics.move(editor(), topic, open, true, "For everyone");
    assertThat(categoryCounts(open)).isEqualTo("1/2");
    assertThat(audits("FORUM_TOPIC_MOVED", topic)).isEqualTo(2);
  }

  @Test
  void aReaderBelowTheAudienceCannotFlagAndOnlyModeratorsModerate() {
    long category = forum.category("Access control", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long topic = forum.topic(category, pfso, PortalRole.PFSO, "Gates", "Badges");
    long post = firstPost(topic);
    ForumReader user = user(accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER));

    assertThatThrownBy(() -> flags.flag(user, post, FlagReason.SPAM, null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> flags.target(user, post)).isInstanceOf(NotFoundException.class);
    ForumReader associate =
        readers.of(
            accounts.create(TestAccounts.freshEmail("assoc"), PortalRole.ASSOCIATE),
            "A",
            PortalRole.ASSOCIATE);
    assertThatThrownBy(() -> moderation.hide(associate, post, "No"))
        .isInstanceOf(NotFoundException.class);
    assertThat(openFlags(post)).isZero();
  }

  private ForumReader user(long accountId) {
    return readers.of(accountId, "Reader " + accountId, PortalRole.USER);
  }

  private ForumReader editor() {
    long id = accounts.create(TestAccounts.freshEmail("editor"), PortalRole.EDITOR);
    return readers.of(id, "Editor " + id, PortalRole.EDITOR);
  }

  private String state(long postId) {
    return jdbc.sql("select state from forum_post where id = :p")
        .param("p", postId)
        .query(String.class)
        .single();
  }

  private long firstPost(long topicId) {
    return jdbc.sql("select id from forum_post where topic_id = :t and number = 1")
        .param("t", topicId)
        .query(Long.class)
        .single();
  }

  private int postCount(long topicId) {
    return jdbc.sql("select post_count from forum_topic where id = :t")
        .param("t", topicId)
        .query(Integer.class)
        .single();
  }

  private String categoryCounts(long categoryId) {
    return jdbc.sql("select topic_count || '/' || post_count from forum_category where id = :c")
        .param("c", categoryId)
        .query(String.class)
        .single();
  }

  private long openFlags(long postId) {
    return jdbc.sql("select count(*) from forum_flag where post_id = :p and resolved_at is null")
        .param("p", postId)
        .query(Long.class)
        .single();
  }

  private long audits(String action, long objectId) {
    return jdbc.sql("select count(*) from audit_entry where action = :a and object_id = :o")
        .param("a", action)
        .param("o", String.valueOf(objectId))
        .query(Long.class)
        .single();
  }

  /** The body of the latest mail to this address whose subject has these words. */
  private String awaitMail(String email, String subjectWords) {
    String sql =
        "select body from outbox_mail where recipient = :r and subject like :s order by id desc limit 1";
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                !jdbc.sql(sql)
                    .param("r", email)
                    .param("s", "%" + subjectWords + "%")
                    .query(String.class)
                    .list()
                    .isEmpty());
    return jdbc.sql(sql)
        .param("r", email)
        .param("s", "%" + subjectWords + "%")
        .query(String.class)
        .single();
  }
}
