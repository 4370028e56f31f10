package org.safeports.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Editors' claims on queue items, in table {@code work_claim}: one per item, which its primary key
 * enforces even when two editors click at the same moment.
 */
@Repository
class WorkClaims {

  /** Who holds an item and since when. */
  record Claim(String key, long accountId, String claimerName, Instant claimedAt) {}

  private final JdbcClient jdbc;

  WorkClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes the item for this person; false when someone (or they) already holds it. */
  boolean claim(String key, String kind, long accountId, String claimerName, Instant now) {
    return jdbc.sql(
                "insert into work_claim (work_key, kind, account_id, claimer_name, claimed_at)"
                    + " values (:key, :kind, :account, :name, :now) on conflict (work_key) do nothing")
            .param("key", key)
            .param("kind", kind)
            .param("account", accountId)
            .param("name", claimerName)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /** Lets go of the item; false when this person did not hold it. */
  boolean leave(String key, long accountId) {
    return jdbc.sql("delete from work_claim where work_key = :key and account_id = :account")
            .param("key", key)
            .param("account", accountId)
            .update()
        == 1;
  }

  /** The claims on these items, by key; one statement. */
  Map<String, Claim> on(Collection<String> keys) {
    Map<String, Claim> claims = new HashMap<>();
    if (keys.isEmpty()) {
      return claims;
    }
    jdbc.sql(
            "select work_key, account_id, claimer_name, claimed_at from work_claim"
                + " where work_key in (:keys)")
        .param("keys", keys)
        .query(
            (rs, n) ->
                new Claim(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list()
        .forEach(c -> claims.put(c.key(), c));
    return claims;
  }

  /**
   * Forgets claims on work of this kind that is done: every claim whose key is not among those
   * waiting.
   */
  int forgetAllBut(String kind, Collection<String> waitingKeys) {
    if (waitingKeys.isEmpty()) {
      return jdbc.sql("delete from work_claim where kind = :kind").param("kind", kind).update();
    }
    return jdbc.sql("delete from work_claim where kind = :kind and work_key not in (:keys)")
        .param("kind", kind)
        .param("keys", waitingKeys)
        .update();
  }
}
