package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.forum.ForumMailings.Recipient;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.PortalProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows the forum's mail is made of: a post with its topic and category, the posts of a reader's
 * digest (under the one audience predicate), and the readers to write to, by their role now.
 */
@Component
class ForumMailRows {

  record PostRow(
      long postId,
      int number,
      long authorId,
      String authorName,
      String text,
      Instant at,
      long topicId,
      String title,
      String slug,
      long categoryId,
      ForumAudience audience) {}

  private final JdbcClient jdbc;
  private final MemberAccounts accounts;
  private final ForumReaders readers;
  private final PortalProperties properties;

  ForumMailRows(
      JdbcClient jdbc, MemberAccounts accounts, ForumReaders readers, PortalProperties properties) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.readers = readers;
    this.properties = properties;
  }

  /**
   * The visible posts, in topics the reader watches with this delivery, that they may read by their
   * role now, written after they started watching and within the last period and a day, not their
   * own, and not yet sent to them.
   */
  List<PostRow> digestPosts(ForumReader reader, ForumDelivery kind, Instant now, Instant oldest) {
    return jdbc.sql(
            """
            select p.id, p.number, p.author_account_id, p.author_name, p.body_text, p.created_at,
                   t.id as topic_id, t.title, t.slug, t.category_id, c.audience
            from forum_member m
            join forum_subscription s on s.account_id = m.account_id
            join forum_topic t on (t.id = s.topic_id or t.category_id = s.category_id)
            join forum_category c on c.id = t.category_id
            join forum_post p on p.topic_id = t.id
            left join forum_subscription ts on ts.account_id = m.account_id and ts.topic_id = t.id
            left join forum_subscription cs
              on cs.account_id = m.account_id and cs.category_id = t.category_id
            where m.account_id = :account
              and (s.id = ts.id or (ts.id is null and s.id = cs.id))
              and (case when ts.id is not null then coalesce(ts.delivery, m.delivery)
                        else coalesce(cs.delivery, m.delivery) end) = :kind
              and p.state = 'VISIBLE' and t.state = 'VISIBLE' and t.merged_into_id is null
              and p.author_account_id <> m.account_id
              and p.created_at > s.created_at
              and p.created_at > :oldest and p.created_at <= :now
              and not exists (select 1 from forum_delivery d
                              where d.account_id = m.account_id and d.post_id = p.id)
              and\s"""
                + ForumAudience.SQL_PREDICATE
                + """

            order by t.id, p.number
            limit :limit
            """)
        .param("account", reader.accountId())
        .param("kind", kind.name())
        .param("oldest", Timestamp.from(oldest))
        .param("now", Timestamp.from(now))
        .param("readable", reader.readableNames())
        .param("limit", ForumMailings.DIGEST_LIMIT)
        .query(
            (rs, n) ->
                new PostRow(
                    rs.getLong("id"),
                    rs.getInt("number"),
                    rs.getLong("author_account_id"),
                    rs.getString("author_name"),
                    rs.getString("body_text"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getLong("topic_id"),
                    rs.getString("title"),
                    rs.getString("slug"),
                    rs.getLong("category_id"),
                    ForumAudience.valueOf(rs.getString("audience"))))
        .list();
  }

  Optional<PostRow> post(long postId) {
    return jdbc.sql(
            """
            select p.id, p.number, p.author_account_id, p.author_name, p.body_text, p.created_at,
                   t.id as topic_id, t.title, t.slug, t.category_id, c.audience
            from forum_post p join forum_topic t on t.id = p.topic_id
            join forum_category c on c.id = t.category_id
            where p.id = :post and p.state = 'VISIBLE' and t.state = 'VISIBLE'
            """)
        .param("post", postId)
        .query(
            (rs, n) ->
                new PostRow(
                    rs.getLong("id"),
                    rs.getInt("number"),
                    rs.getLong("author_account_id"),
                    rs.getString("author_name"),
                    rs.getString("body_text"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getLong("topic_id"),
                    rs.getString("title"),
                    rs.getString("slug"),
                    rs.getLong("category_id"),
                    ForumAudience.valueOf(rs.getString("audience"))))
        .optional();
  }

  /**
   * The enabled accounts among these who may read this audience by their role now (any audience
   * when null), with their language and unsubscribe address.
   */
  List<Recipient> readersOf(Collection<Long> ids, ForumAudience audience) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, String> tokens = new LinkedHashMap<>();
    jdbc.sql("select account_id, unsubscribe_token from forum_member where account_id in (:ids)")
        .param("ids", List.copyOf(ids))
        .query((rs, n) -> tokens.put(rs.getLong(1), rs.getString(2)))
        .list();
    return accounts.byIds(ids).stream()
        .filter(MemberAccount::enabled)
        .filter(
            a ->
                audience == null || readers.of(a.id(), a.displayName(), a.role()).mayRead(audience))
        .filter(a -> tokens.containsKey(a.id()))
        .map(
            a ->
                new Recipient(
                    a.id(),
                    a.email(),
                    a.displayName(),
                    a.language(),
                    properties.link("/forum/unsubscribe/" + tokens.get(a.id()))))
        .toList();
  }
}
