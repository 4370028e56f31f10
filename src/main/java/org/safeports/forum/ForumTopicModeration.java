package org.safeports.forum;

import java.util.List;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.text.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's steps on a topic: lock, pin, close (and back), move to another category, merge into
 * another topic, split chosen posts into a new one. Both topics and their categories are recounted
 * after each. A step that would put posts before readers other than those who read them now (or
 * hide them from some) is refused unless the moderator confirmed it on the form.
 */
@Service
class ForumTopicModeration {

  private final ForumTopicRepository topics;
  private final ForumCategoryRepository categories;
  private final ForumCounters counters;
  private final ForumModerationLog log;
  private final JdbcClient jdbc;

  ForumTopicModeration(
      ForumTopicRepository topics,
      ForumCategoryRepository categories,
      ForumCounters counters,
      ForumModerationLog log,
      JdbcClient jdbc) {
    this.topics = topics;
    this.categories = categories;
    this.counters = counters;
    this.log = log;
    this.jdbc = jdbc;
  }

  /** A post as the split form lists it. */
  record PostLine(long id, int number, String authorName, String excerpt, PostState state) {
    /** How the split form names the post: its number, author and first words. */
    public String label() {
      return "#" + number + " · " + authorName + ": " + excerpt;
    }
  }

  /** Posts per page of the split form. */
  static final int PAGE = 50;

  /** The topic's posts from a number on (keyset), one more than a page to tell if more follow. */
  @Transactional(readOnly = true)
  List<PostLine> postsFrom(ForumReader moderator, long topicId, int from) {
    ForumTopic topic = topic(moderator, topicId);
    return jdbc.sql(
            "select id, number, author_name, left(body_text, 160), state from forum_post"
                + " where topic_id = :topic and number >= :from order by number limit :limit")
        .param("topic", topic.id())
        .param("from", from)
        .param("limit", PAGE + 1)
        .query(
            (rs, n) ->
                new PostLine(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    PostState.valueOf(rs.getString(5))))
        .list();
  }

  /** A topic as its moderation page shows it. */
  record TopicView(
      long id,
      String title,
      long categoryId,
      boolean locked,
      boolean pinned,
      boolean closed,
      Long mergedIntoId,
      int postCount) {}

  @Transactional(readOnly = true)
  TopicView forModerator(ForumReader moderator, long topicId) {
    ForumTopic t = topic(moderator, topicId);
    return new TopicView(
        t.id(),
        t.title(),
        t.categoryId(),
        t.locked(),
        t.pinned(),
        t.closed(),
        t.mergedIntoId(),
        t.postCount());
  }

  @Transactional
  void change(ForumReader moderator, long topicId, TopicChange change, String reason) {
    ForumTopic topic = topic(moderator, topicId);
    String before = topic.flagWords();
    switch (change) {
      case LOCK -> topic.locked(true);
      case UNLOCK -> topic.locked(false);
      case PIN -> topic.pinned(true);
      case UNPIN -> topic.pinned(false);
      case CLOSE -> topic.closed(true);
      case REOPEN -> topic.closed(false);
    }
    log.audit(
        AuditAction.FORUM_TOPIC_CHANGED,
        topic.id(),
        AuditEntry.fields("flags", before),
        AuditEntry.fields("flags", topic.flagWords()),
        AuditEntry.fields("change", change, "reason", reason));
    tell(moderator, topic, change.told(), reason);
  }

  @Transactional
  void move(
      ForumReader moderator,
      long topicId,
      long categoryId,
      boolean audienceConfirmed,
      String reason) {
    ForumTopic topic = topic(moderator, topicId);
    ForumCategory from = categories.findById(topic.categoryId()).orElseThrow();
    ForumCategory to = category(moderator, categoryId, "categoryId");
    if (from.id().equals(to.id())) {
      throw new ForumModerationRefused("categoryId", "forum.mod.move.same");
    }
    confirmAudience(from, to, audienceConfirmed);
    topic.moveTo(to.id());
    topics.flush();
    counters.recount(topic.id());
    counters.recountCategory(from.id());
    log.search().topic(topic.id());
    log.audit(
        AuditAction.FORUM_TOPIC_MOVED,
        topic.id(),
        AuditEntry.fields("category", from.slug(), "audience", from.audience()),
        AuditEntry.fields("category", to.slug(), "audience", to.audience()),
        AuditEntry.fields("reason", reason));
    tell(moderator, topic, "moved", reason);
  }

  /** The topic's posts go to the end of the target, in their order; the topic then points there. */
  @Transactional
  void merge(
      ForumReader moderator,
      long topicId,
      long targetId,
      boolean audienceConfirmed,
      String reason) {
    ForumTopic source = topic(moderator, topicId);
    if (targetId == topicId) {
      throw new ForumModerationRefused("targetTopicId", "forum.mod.merge.same");
    }
    ForumTopic target =
        topics
            .readable(targetId, moderator.readableList())
            .filter(t -> t.mergedIntoId() == null)
            .orElseThrow(
                () -> new ForumModerationRefused("targetTopicId", "forum.mod.merge.unknown"));
    confirmAudience(
        categories.findById(source.categoryId()).orElseThrow(),
        categories.findById(target.categoryId()).orElseThrow(),
        audienceConfirmed);
    int moved = movePosts(source.id(), target.id(), null);
    source.mergedInto(target.id());
    topics.flush();
    counters.recount(source.id());
    counters.recount(target.id());
    log.search().topic(target.id());
    log.audit(
        AuditAction.FORUM_TOPIC_MERGED,
        source.id(),
        null,
        AuditEntry.fields("mergedInto", target.id()),
        AuditEntry.fields("posts", moved, "reason", reason));
    tell(moderator, source, "merged", reason);
  }

  /** The chosen posts, in their order, become a new topic; the opening post stays where it is. */
  @Transactional
  long split(
      ForumReader moderator,
      long topicId,
      List<Long> postIds,
      String title,
      long categoryId,
      boolean audienceConfirmed,
      String reason) {
    ForumTopic source = topic(moderator, topicId);
    ForumCategory to = category(moderator, categoryId, "categoryId");
    List<long[]> chosen =
        jdbc.sql(
                "select id, number, author_account_id from forum_post"
                    + " where topic_id = :topic and id in (:ids) order by number")
            .param("topic", source.id())
            .param("ids", postIds)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .list();
    if (chosen.isEmpty() || chosen.size() != postIds.stream().distinct().count()) {
      throw new ForumModerationRefused("postIds", "forum.mod.split.choose");
    }
    if (chosen.get(0)[1] == 1) {
      throw new ForumModerationRefused("postIds", "forum.mod.split.opening");
    }
    confirmAudience(categories.findById(source.categoryId()).orElseThrow(), to, audienceConfirmed);
    String[] first =
        jdbc.sql("select author_name, language, state from forum_post where id = :id")
            .param("id", chosen.get(0)[0])
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .single();
    ForumTopic split =
        topics.save(
            new ForumTopic(
                to.id(), title.strip(), Slugs.of(title, 80), first[1], chosen.get(0)[2], first[0]));
    split.state(PostState.valueOf(first[2]));
    topics.flush();
    movePosts(source.id(), split.id(), chosen.stream().map(c -> c[0]).toList());
    counters.recount(source.id());
    counters.recount(split.id());
    log.search().topic(split.id());
    log.audit(
        AuditAction.FORUM_TOPIC_SPLIT,
        source.id(),
        null,
        AuditEntry.fields("newTopic", split.id(), "category", to.slug()),
        AuditEntry.fields("posts", chosen.size(), "reason", reason));
    tell(moderator, source, "split", reason);
    return split.id();
  }

  /**
   * Moves posts (all of the topic's, or the chosen ones) to the end of another topic, numbered on
   * from its last number, which is taken in one step under the target's row lock.
   */
  private int movePosts(long fromTopic, long toTopic, List<Long> only) {
    String which = only == null ? "" : " and id in (:ids)";
    var count =
        jdbc.sql("select count(*)::int from forum_post where topic_id = :from" + which)
            .param("from", fromTopic);
    if (only != null) {
      count = count.param("ids", only);
    }
    int n = count.query(Integer.class).single();
    if (n == 0) {
      return 0;
    }
    int last = counters.takeNumbers(toTopic, n);
    var move =
        jdbc.sql(
                "update forum_post p set topic_id = :to, number = :base + o.rn"
                    + " from (select id, row_number() over (order by number) as rn"
                    + " from forum_post where topic_id = :from"
                    + which
                    + ") o where p.id = o.id")
            .param("to", toTopic)
            .param("base", last - n)
            .param("from", fromTopic);
    if (only != null) {
      move = move.param("ids", only);
    }
    return move.update();
  }

  private static void confirmAudience(ForumCategory from, ForumCategory to, boolean confirmed) {
    if (from.audience() != to.audience() && !confirmed) {
      throw new ForumModerationRefused("audienceConfirmed", "forum.mod.audienceChanges");
    }
  }

  private void tell(ForumReader moderator, ForumTopic topic, String action, String reason) {
    log.tell(
        topic.authorAccountId(),
        moderator.accountId(),
        action,
        reason,
        topic.title(),
        "/forum/t/" + topic.id());
  }

  private ForumCategory category(ForumReader moderator, long categoryId, String field) {
    return categories
        .findById(categoryId)
        .filter(c -> moderator.mayRead(c.audience()))
        .orElseThrow(() -> new ForumModerationRefused(field, "forum.mod.categoryUnknown"));
  }

  private ForumTopic topic(ForumReader moderator, long topicId) {
    if (!moderator.moderator()) {
      throw new NotFoundException();
    }
    return topics.readable(topicId, moderator.readableList()).orElseThrow(NotFoundException::new);
  }
}
