package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.forum.ForumMailRows.PostRow;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.PortalProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the forum's mail is made of, for the notifications module: who gets a post at once, each
 * reader's digest, and the record that a post went to a reader. Every recipient is checked against
 * the post's audience by their role now (not the role they had when they started watching), and a
 * post is mailed to a reader at most once, by whichever channel comes first ({@code
 * forum_delivery}). The caller writes the mail in the same transaction as {@link #claim}, so a
 * claimed post always has its mail.
 */
@Service
public class ForumMailings {

  /** How a post reached a reader. */
  public enum Channel {
    PER_POST,
    DAILY,
    WEEKLY,
    MENTION
  }

  /** A reader to write to, in their language, with the address that stops forum mail. */
  public record Recipient(
      long accountId, String email, String name, String language, String unsubscribeUrl) {}

  /** A post as its mail tells it: plain text only, so nothing in it can carry markup. */
  public record PostLine(
      long postId, int number, String authorName, String excerpt, String link, Instant at) {}

  /** One post's mail at once: to its mentioned readers and to its watchers who chose that. */
  public record PostMail(
      String topicTitle,
      String topicLink,
      PostLine post,
      List<Recipient> mentioned,
      List<Recipient> watchers) {}

  /** A topic's new posts in a digest. */
  public record DigestTopic(String title, String link, List<PostLine> posts) {}

  /** A reader's digest: the topics they watch with new posts they may read. */
  public record Digest(Recipient recipient, List<DigestTopic> topics) {
    public int postCount() {
      return topics.stream().mapToInt(t -> t.posts().size()).sum();
    }
  }

  /** A digest lists at most this many posts; the rest wait for the next one. */
  static final int DIGEST_LIMIT = 200;

  private static final int EXCERPT = 500;

  private final JdbcClient jdbc;
  private final ForumMailRows rows;
  private final MemberAccounts accounts;
  private final ForumReaders readers;
  private final PortalProperties properties;

  ForumMailings(
      JdbcClient jdbc,
      ForumMailRows rows,
      MemberAccounts accounts,
      ForumReaders readers,
      PortalProperties properties) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.accounts = accounts;
    this.readers = readers;
    this.properties = properties;
  }

  /**
   * The mail a newly visible post makes at once, or nothing if it is no longer visible. Mentioned
   * readers are those the event names who still may read it and have not turned forum mail off;
   * watchers are those whose delivery for its topic (or, failing that, its category) is each post.
   * Neither includes the author or anyone the post already went to.
   */
  @Transactional(readOnly = true)
  public Optional<PostMail> atOnce(ForumPostPublished published) {
    Optional<PostRow> found = rows.post(published.postId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PostRow post = found.get();
    List<Long> watcherIds =
        jdbc.sql(
                """
                select m.account_id from forum_member m
                left join forum_subscription ts
                  on ts.account_id = m.account_id and ts.topic_id = :topic
                left join forum_subscription cs
                  on cs.account_id = m.account_id and cs.category_id = :category
                where m.account_id in (select s.account_id from forum_subscription s
                                       where s.topic_id = :topic or s.category_id = :category)
                  and (case when ts.id is not null then coalesce(ts.delivery, m.delivery)
                            else coalesce(cs.delivery, m.delivery) end) = 'PER_POST'
                  and m.account_id <> :author
                  and not exists (select 1 from forum_delivery d
                                  where d.account_id = m.account_id and d.post_id = :post)
                order by m.account_id
                """)
            .param("topic", post.topicId())
            .param("category", post.categoryId())
            .param("author", post.authorId())
            .param("post", post.postId())
            .query(Long.class)
            .list();
    List<Long> mentionIds =
        published.mentionedAccountIds().isEmpty()
            ? List.of()
            : jdbc.sql(
                    """
                    select m.account_id from forum_member m
                    where m.account_id in (:ids) and m.delivery <> 'NONE'
                      and m.account_id <> :author
                      and not exists (select 1 from forum_delivery d
                                      where d.account_id = m.account_id and d.post_id = :post)
                    order by m.account_id
                    """)
                .param("ids", published.mentionedAccountIds())
                .param("author", post.authorId())
                .param("post", post.postId())
                .query(Long.class)
                .list();
    List<Recipient> mentioned = rows.readersOf(mentionIds, post.audience());
    List<Long> mentionedIds = mentioned.stream().map(Recipient::accountId).toList();
    List<Recipient> watchers =
        rows.readersOf(watcherIds, post.audience()).stream()
            .filter(r -> !mentionedIds.contains(r.accountId()))
            .toList();
    return Optional.of(
        new PostMail(post.title(), topicLink(post), line(post), mentioned, watchers));
  }

  /**
   * Records that the post goes to the reader by this channel; false if it went already (by any
   * channel), and then no mail must be written. In the caller's transaction.
   */
  @Transactional
  public boolean claim(long accountId, long postId, Channel channel, Instant now) {
    return jdbc.sql(
                "insert into forum_delivery (account_id, post_id, channel, sent_at)"
                    + " values (:account, :post, :channel, :now) on conflict do nothing")
            .param("account", accountId)
            .param("post", postId)
            .param("channel", channel.name())
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /** The members who chose this digest and have not had it in this period. */
  @Transactional(readOnly = true)
  public List<Long> digestsDue(ForumDelivery kind, Instant now) {
    return jdbc.sql(
            "select m.account_id from forum_member m where ("
                + lastColumn(kind)
                + " is null or "
                + lastColumn(kind)
                + " < :since) and exists (select 1 from forum_subscription s"
                + " where s.account_id = m.account_id) order by m.account_id")
        .param("since", Timestamp.from(now.minus(period(kind))))
        .query(Long.class)
        .list();
  }

  /**
   * The reader's digest of this kind, its posts claimed, or nothing: when another instance is
   * writing it now, when it went in this period already, when the account is gone, or when nothing
   * new that they may read waits. In the caller's transaction, which writes the mail.
   */
  @Transactional
  public Optional<Digest> digest(long accountId, ForumDelivery kind, Instant now) {
    boolean mine =
        jdbc.sql(
                    "select count(*) from (select 1 from forum_member m where m.account_id = :a"
                        + " and ("
                        + lastColumn(kind)
                        + " is null or "
                        + lastColumn(kind)
                        + " < :since) for update skip locked) x")
                .param("a", accountId)
                .param("since", Timestamp.from(now.minus(period(kind))))
                .query(Long.class)
                .single()
            > 0;
    if (!mine) {
      return Optional.empty();
    }
    jdbc.sql(
            "update forum_member m set "
                + lastColumn(kind).substring(2)
                + " = :now"
                + " where m.account_id = :a")
        .param("now", Timestamp.from(now))
        .param("a", accountId)
        .update();
    List<Recipient> recipient = rows.readersOf(List.of(accountId), null);
    if (recipient.isEmpty()) {
      return Optional.empty();
    }
    MemberAccount account = accounts.byIds(List.of(accountId)).get(0);
    ForumReader reader = readers.of(accountId, account.displayName(), account.role());
    List<PostRow> posts =
        rows.digestPosts(reader, kind, now, now.minus(period(kind)).minus(Duration.ofDays(1)));
    if (posts.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, List<PostLine>> byTopic = new LinkedHashMap<>();
    Map<Long, PostRow> topicOf = new LinkedHashMap<>();
    for (PostRow row : posts) {
      if (claim(accountId, row.postId(), Channel.valueOf(kind.name()), now)) {
        byTopic.computeIfAbsent(row.topicId(), t -> new ArrayList<>()).add(line(row));
        topicOf.putIfAbsent(row.topicId(), row);
      }
    }
    if (byTopic.isEmpty()) {
      return Optional.empty();
    }
    List<DigestTopic> topics = new ArrayList<>();
    byTopic.forEach(
        (topicId, lines) -> {
          PostRow first = topicOf.get(topicId);
          topics.add(new DigestTopic(first.title(), topicLink(first), List.copyOf(lines)));
        });
    return Optional.of(new Digest(recipient.get(0), List.copyOf(topics)));
  }

  private PostLine line(PostRow row) {
    String text = row.text().strip();
    String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + " …";
    return new PostLine(
        row.postId(),
        row.number(),
        row.authorName(),
        excerpt,
        properties.link("/forum/p/" + row.postId()),
        row.at());
  }

  private String topicLink(PostRow row) {
    return properties.link("/forum/t/" + row.topicId() + "/" + row.slug());
  }

  private static String lastColumn(ForumDelivery kind) {
    return switch (kind) {
      case DAILY -> "m.last_daily_at";
      case WEEKLY -> "m.last_weekly_at";
      default -> throw new IllegalArgumentException("Not a digest: " + kind);
    };
  }

  /** A digest goes at most once in this long (a little under its period, for clock drift). */
  private static Duration period(ForumDelivery kind) {
    return kind == ForumDelivery.WEEKLY ? Duration.ofDays(6).plusHours(20) : Duration.ofHours(20);
  }
}
