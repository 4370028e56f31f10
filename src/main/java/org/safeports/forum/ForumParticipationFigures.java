package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.safeports.platform.ParticipationSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forum activity per member state for the participation table: posts written in the period by
 * people of that country (their account's country; not the secretariat's staff), whatever the
 * category; a figure, not the posts.
 */
@Component
class ForumParticipationFigures implements ParticipationSource {

  private final JdbcClient jdbc;

  ForumParticipationFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Measure, Map<String, Long>> figures(Instant from, Instant to) {
    Map<String, Long> posts = new HashMap<>();
    jdbc.sql(
            "select a.country_code, count(*) from forum_post p"
                + " join account a on a.id = p.author_account_id"
                + " where a.role not in ('EDITOR', 'ADMIN')"
                + " and p.created_at >= :from and p.created_at < :to"
                + " group by a.country_code")
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query((rs, n) -> posts.put(rs.getString(1), rs.getLong(2)))
        .list();
    return Map.of(Measure.FORUM_POSTS, posts);
  }
}
