package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each reader has read: the highest post number they were shown per topic ({@code
 * forum_read}), and their visits ({@code forum_member}), which mark what is new since the last one.
 * A page view reads this in one statement and writes only when something moved on: the reading when
 * the page shows posts beyond it, the visit at most once every half hour. Topic pages are read far
 * more often than written, so a re-read writes nothing.
 */
@Component
class ForumReadingState {

  /** A new visit starts after this long without one. */
  static final Duration VISIT_GAP = Duration.ofMinutes(30);

  /**
   * What the page needs, and what the reading did.
   *
   * @param firstNew the number of the first post shown that is new to the reader, or null
   * @param recorded whether this reading wrote anything (how far they read, a new visit), so that
   *     the reader's other pages (their unread marks) now show otherwise
   */
  record Seen(Integer firstNew, boolean recorded) {}

  private record Known(
      Integer lastRead, Instant previousVisit, Instant lastVisit, boolean member) {}

  private final JdbcClient jdbc;
  private final ForumMembers members;
  private final Clock clock;

  ForumReadingState(JdbcClient jdbc, ForumMembers members, Clock clock) {
    this.jdbc = jdbc;
    this.members = members;
    this.clock = clock;
  }

  /** Records that the reader was shown these posts, and says which of them are new to them. */
  Seen seen(ForumReader reader, long topicId, List<TopicRows.PostRow> shown) {
    if (!reader.signedIn()) {
      return new Seen(null, false);
    }
    Known known = known(reader.accountId(), topicId);
    Instant now = clock.instant();
    Integer firstNew = null;
    for (TopicRows.PostRow post : shown) {
      boolean isNew =
          known.lastRead() != null
              ? post.number() > known.lastRead()
              : known.previousVisit() != null && post.createdAt().isAfter(known.previousVisit());
      if (isNew && post.authorAccountId() != reader.accountId()) {
        firstNew = post.number();
        break;
      }
    }
    int highest = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).number();
    boolean further = highest > 0 && (known.lastRead() == null || highest > known.lastRead());
    if (further) {
      jdbc.sql(
              """
              insert into forum_read (account_id, topic_id, last_read_number, read_at)
              values (:account, :topic, :number, :at)
              on conflict (account_id, topic_id) do update
                 set last_read_number = greatest(forum_read.last_read_number,
                                                 excluded.last_read_number),
                     read_at = excluded.read_at
              """)
          .param("account", reader.accountId())
          .param("topic", topicId)
          .param("number", highest)
          .param("at", Timestamp.from(now))
          .update();
    }
    boolean visit = visited(reader, known, now);
    // The very first post of a topic the reader never opened is not "new since" anything.
    return new Seen(
        firstNew != null && firstNew == 1 && known.lastRead() == null ? null : firstNew,
        further || visit);
  }

  /** The highest post number the reader was shown in a topic; 0 when none. */
  int lastRead(ForumReader reader, long topicId) {
    if (!reader.signedIn()) {
      return 0;
    }
    return jdbc.sql(
            "select last_read_number from forum_read where account_id = :a and topic_id = :t")
        .param("a", reader.accountId())
        .param("t", topicId)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  private Known known(long accountId, long topicId) {
    return jdbc.sql(
            """
            select r.last_read_number, m.previous_visit_at, m.last_visit_at,
                   m.account_id is not null as member
              from (select 1) one
              left join forum_member m on m.account_id = :account
              left join forum_read r on r.account_id = :account and r.topic_id = :topic
            """)
        .param("account", accountId)
        .param("topic", topicId)
        .query(
            (rs, n) -> {
              int read = rs.getInt(1);
              Integer lastRead = rs.wasNull() ? null : read;
              Timestamp previous = rs.getTimestamp(2);
              Timestamp last = rs.getTimestamp(3);
              return new Known(
                  lastRead,
                  previous == null ? null : previous.toInstant(),
                  last == null ? null : last.toInstant(),
                  rs.getBoolean(4));
            })
        .single();
  }

  /**
   * A new visit when the last one is more than half an hour old; nothing written otherwise. Whether
   * it was one.
   */
  private boolean visited(ForumReader reader, Known known, Instant now) {
    if (known.member()
        && known.lastVisit() != null
        && known.lastVisit().isAfter(now.minus(VISIT_GAP))) {
      return false;
    }
    if (!known.member()) {
      members.ensure(reader.accountId(), reader.name());
    }
    // The condition is in the statement too, so two pages opened at once count one visit.
    jdbc.sql(
            """
            update forum_member
               set previous_visit_at = coalesce(last_visit_at, :now), last_visit_at = :now
             where account_id = :account
               and (last_visit_at is null or last_visit_at < :since)
            """)
        .param("now", Timestamp.from(now))
        .param("since", Timestamp.from(now.minus(VISIT_GAP)))
        .param("account", reader.accountId())
        .update();
    return true;
  }
}
