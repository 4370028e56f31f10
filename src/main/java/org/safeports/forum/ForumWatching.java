package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watching topics and categories, and a reader's forum mail preferences. A reader watches only what
 * they may read (anything else is not found). Stopping to watch a topic is remembered as a
 * subscription with delivery NONE, so that replying to it later does not start watching it again;
 * stopping to watch a category removes the row.
 */
@Service
public class ForumWatching {

  /** A watched topic or category as the preferences page lists it. */
  record Watched(long id, String title, String path, String slug, ForumDelivery delivery) {

    public String deliveryValue() {
      return delivery == null ? "" : delivery.name();
    }
  }

  /** What the preferences page shows: the default, and what is watched (still readable only). */
  record Preferences(ForumDelivery delivery, List<Watched> topics, List<Watched> categories) {}

  private final JdbcClient jdbc;
  private final ForumTopicRepository topics;
  private final ForumCategoryRepository categories;
  private final ForumMembers members;
  private final Clock clock;

  ForumWatching(
      JdbcClient jdbc,
      ForumTopicRepository topics,
      ForumCategoryRepository categories,
      ForumMembers members,
      Clock clock) {
    this.jdbc = jdbc;
    this.topics = topics;
    this.categories = categories;
    this.members = members;
    this.clock = clock;
  }

  /** The watch state of a topic for the topic page's fragment (not watching when signed out). */
  @Transactional(readOnly = true)
  public ForumWatch of(ForumReader reader, long topicId) {
    if (!reader.signedIn()) {
      return new ForumWatch(topicId, false, null);
    }
    Optional<String> delivery =
        jdbc.sql(
                "select coalesce(delivery, '') from forum_subscription"
                    + " where account_id = :account and topic_id = :topic")
            .param("account", reader.accountId())
            .param("topic", topicId)
            .query(String.class)
            .optional();
    if (delivery.isEmpty() || delivery.get().equals(ForumDelivery.NONE.name())) {
      return new ForumWatch(topicId, false, null);
    }
    return new ForumWatch(topicId, true, ForumDelivery.orDefault(delivery.get()));
  }

  /** Whether the reader watches this category, for the category page's fragment. */
  @Transactional(readOnly = true)
  public boolean watchesCategory(ForumReader reader, long categoryId) {
    return reader.signedIn()
        && jdbc.sql(
                    "select count(*) from forum_subscription"
                        + " where account_id = :account and category_id = :c")
                .param("account", reader.accountId())
                .param("c", categoryId)
                .query(Long.class)
                .single()
            > 0;
  }

  @Transactional
  public void watchTopic(ForumReader reader, long topicId, boolean watch, ForumDelivery delivery) {
    topics.readable(topicId, reader.readableList()).orElseThrow(NotFoundException::new);
    members.ensure(reader.accountId(), reader.name());
    jdbc.sql(
            """
            insert into forum_subscription (account_id, topic_id, delivery, created_at)
            values (:account, :topic, :delivery, :now)
            on conflict (account_id, topic_id) where topic_id is not null
            do update set delivery = excluded.delivery
            """)
        .param("account", reader.accountId())
        .param("topic", topicId)
        .param("delivery", watch ? name(delivery) : ForumDelivery.NONE.name())
        .param("now", Timestamp.from(clock.instant()))
        .update();
  }

  /** Watches or stops watching a category; answers its id. */
  @Transactional
  public long watchCategory(
      ForumReader reader, String slug, boolean watch, ForumDelivery delivery) {
    long categoryId =
        categories
            .readableBySlug(slug, reader.readableList())
            .orElseThrow(NotFoundException::new)
            .id();
    members.ensure(reader.accountId(), reader.name());
    if (!watch) {
      jdbc.sql("delete from forum_subscription where account_id = :account and category_id = :c")
          .param("account", reader.accountId())
          .param("c", categoryId)
          .update();
      return categoryId;
    }
    jdbc.sql(
            """
            insert into forum_subscription (account_id, category_id, delivery, created_at)
            values (:account, :c, :delivery, :now)
            on conflict (account_id, category_id) where category_id is not null
            do update set delivery = excluded.delivery
            """)
        .param("account", reader.accountId())
        .param("c", categoryId)
        .param("delivery", name(delivery))
        .param("now", Timestamp.from(clock.instant()))
        .update();
    return categoryId;
  }

  /**
   * Authors watch the topics they start and reply to, unless they stopped watching that topic (then
   * their row says NONE and stays). In the posting transaction, so the watch lands with the post.
   */
  @EventListener
  void authorWatches(ForumPostPublished published) {
    jdbc.sql(
            "insert into forum_subscription (account_id, topic_id, created_at)"
                + " values (:account, :topic, :now) on conflict do nothing")
        .param("account", published.authorAccountId())
        .param("topic", published.topicId())
        .param("now", Timestamp.from(clock.instant()))
        .update();
  }

  @Transactional
  public Preferences preferences(ForumReader reader, String language) {
    members.ensure(reader.accountId(), reader.name());
    ForumDelivery delivery =
        jdbc.sql("select delivery from forum_member where account_id = :account")
            .param("account", reader.accountId())
            .query(String.class)
            .optional()
            .map(ForumDelivery::valueOf)
            .orElse(ForumDelivery.DAILY);
    List<Watched> watchedTopics =
        jdbc.sql(
                "select t.id, t.title, t.slug, s.delivery from forum_subscription s"
                    + " join forum_topic t on t.id = s.topic_id"
                    + " join forum_category c on c.id = t.category_id"
                    + " where s.account_id = :account and s.delivery is distinct from 'NONE'"
                    + " and t.state = 'VISIBLE' and t.merged_into_id is null and "
                    + ForumAudience.SQL_PREDICATE
                    + " order by t.last_post_at desc nulls last, t.id desc limit 500")
            .param("account", reader.accountId())
            .param("readable", reader.readableNames())
            .query(
                (rs, n) ->
                    new Watched(
                        rs.getLong("id"),
                        rs.getString("title"),
                        "/forum/t/" + rs.getLong("id") + "/" + rs.getString("slug"),
                        rs.getString("slug"),
                        ForumDelivery.orDefault(rs.getString("delivery"))))
            .list();
    List<Watched> watchedCategories =
        jdbc.sql(
                "select c.id, c.slug, s.delivery, coalesce(x.name, e.name, c.slug) as name"
                    + " from forum_subscription s join forum_category c on c.id = s.category_id"
                    + " left join forum_category_text x on x.category_id = c.id"
                    + " and x.language = :language"
                    + " left join forum_category_text e on e.category_id = c.id"
                    + " and e.language = 'en'"
                    + " where s.account_id = :account and "
                    + ForumAudience.SQL_PREDICATE
                    + " order by c.position, c.id")
            .param("account", reader.accountId())
            .param("language", language)
            .param("readable", reader.readableNames())
            .query(
                (rs, n) ->
                    new Watched(
                        rs.getLong("id"),
                        rs.getString("name"),
                        "/forum/c/" + rs.getString("slug"),
                        rs.getString("slug"),
                        ForumDelivery.orDefault(rs.getString("delivery"))))
            .list();
    return new Preferences(delivery, watchedTopics, watchedCategories);
  }

  @Transactional
  public void saveDelivery(ForumReader reader, ForumDelivery delivery) {
    members.ensure(reader.accountId(), reader.name());
    jdbc.sql("update forum_member set delivery = :delivery where account_id = :account")
        .param("delivery", delivery.name())
        .param("account", reader.accountId())
        .update();
  }

  /** Whether an unsubscribe link's token is a member's (the page reveals nothing else). */
  @Transactional(readOnly = true)
  public boolean knownToken(String token) {
    return memberOfToken(token).isPresent();
  }

  /**
   * The one-click unsubscribe: no more forum mail of any kind. The member's default becomes NONE
   * and the deliveries chosen per topic or category fall back to it; topics they stopped watching
   * stay stopped. False for an unknown token.
   */
  @Transactional
  public boolean unsubscribe(String token) {
    Optional<Long> account = memberOfToken(token);
    if (account.isEmpty()) {
      return false;
    }
    jdbc.sql("update forum_member set delivery = 'NONE' where account_id = :account")
        .param("account", account.get())
        .update();
    jdbc.sql(
            "update forum_subscription set delivery = null"
                + " where account_id = :account and delivery <> 'NONE'")
        .param("account", account.get())
        .update();
    return true;
  }

  private Optional<Long> memberOfToken(String token) {
    if (token == null || !token.matches("[0-9a-f]{48}")) {
      return Optional.empty();
    }
    return jdbc.sql("select account_id from forum_member where unsubscribe_token = :token")
        .param("token", token)
        .query(Long.class)
        .optional();
  }

  private static String name(ForumDelivery delivery) {
    return delivery == null ? null : delivery.name();
  }
}
