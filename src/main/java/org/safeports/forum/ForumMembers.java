package org.safeports.forum;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeports.platform.text.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forum's row per person ({@code forum_member}): the handle others mention them by, made from
 * their name the first time they use the forum, and the secret of their unsubscribe link.
 */
@Component
class ForumMembers {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  ForumMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person's handle, creating their row (and a free handle) if they have none yet. */
  String ensure(long accountId, String name) {
    Optional<String> known = handleOf(accountId);
    if (known.isPresent()) {
      return known.get();
    }
    String base = Slugs.of(name == null || name.isBlank() ? "member" : name, 30).replace('-', '.');
    if (base.length() < 2) {
      base = "member";
    }
    for (int attempt = 0; ; attempt++) {
      String handle = attempt == 0 ? base : base + attempt;
      int inserted =
          jdbc.sql(
                  "insert into forum_member (account_id, handle, unsubscribe_token, created_at)"
                      + " values (:id, :handle, :token, now()) on conflict do nothing")
              .param("id", accountId)
              .param("handle", handle)
              .param("token", newToken())
              .update();
      if (inserted == 1) {
        return handle;
      }
      Optional<String> raced = handleOf(accountId);
      if (raced.isPresent()) {
        return raced.get();
      }
    }
  }

  Optional<String> handleOf(long accountId) {
    return jdbc.sql("select handle from forum_member where account_id = :id")
        .param("id", accountId)
        .query(String.class)
        .optional();
  }

  /** The accounts behind these handles (unknown handles are left out). */
  Map<String, Long> accountsOf(Collection<String> handles) {
    if (handles.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("select handle, account_id from forum_member where handle in (:handles)")
        .param("handles", List.copyOf(handles))
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
