package org.safeports.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delegate and delegate_history tables. */
@Repository
class DelegateRecords {

  private static final String COLUMNS =
      "id, country_code, account_id, position, phone, appointed_at";

  private final JdbcClient jdbc;

  DelegateRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<DelegateRow> all() {
    return jdbc.sql("select " + COLUMNS + " from delegate order by country_code, appointed_at, id")
        .query((rs, n) -> row(rs))
        .list();
  }

  List<DelegateRow> ofAccount(long accountId) {
    return jdbc.sql("select " + COLUMNS + " from delegate where account_id = ? order by id")
        .param(accountId)
        .query((rs, n) -> row(rs))
        .list();
  }

  Optional<DelegateRow> byId(long id) {
    return jdbc.sql("select " + COLUMNS + " from delegate where id = ?")
        .param(id)
        .query((rs, n) -> row(rs))
        .optional();
  }

  /** Locks the appointment until the transaction ends, so two removals cannot both record it. */
  Optional<DelegateRow> forUpdate(long id) {
    return jdbc.sql("select " + COLUMNS + " from delegate where id = ? for update")
        .param(id)
        .query((rs, n) -> row(rs))
        .optional();
  }

  long insert(String country, long accountId, String position, String phone, Instant at, Long by) {
    return jdbc.sql(
            """
            insert into delegate (country_code, account_id, position, phone, appointed_at,
                appointed_by)
            values (?, ?, ?, ?, ?, ?)
            on conflict (country_code, account_id) do nothing
            returning id
            """)
        .params(country, accountId, position, phone, Timestamp.from(at), by)
        .query(Long.class)
        .optional()
        .orElse(-1L);
  }

  void delete(long id) {
    jdbc.sql("delete from delegate where id = ?").param(id).update();
  }

  void recordHistory(
      String country, long accountId, String name, String position, String event, Instant at) {
    jdbc.sql(
            """
            insert into delegate_history (country_code, account_id, display_name, position,
                event, occurred_at)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(country, accountId, name, position, event, Timestamp.from(at))
        .update();
  }

  long historyCount(String country) {
    return jdbc.sql("select count(*) from delegate_history where country_code = ?")
        .param(country)
        .query(Long.class)
        .single();
  }

  List<DelegateHistoryLine> history(String country, int offset, int limit) {
    return jdbc.sql(
            """
            select display_name, position, event, occurred_at from delegate_history
            where country_code = ? order by occurred_at desc, id desc limit ? offset ?
            """)
        .params(country, limit, offset)
        .query(
            (rs, n) ->
                new DelegateHistoryLine(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }

  private static DelegateRow row(ResultSet rs) throws SQLException {
    return new DelegateRow(
        rs.getLong("id"),
        rs.getString("country_code"),
        rs.getLong("account_id"),
        rs.getString("position"),
        rs.getString("phone"),
        rs.getTimestamp("appointed_at").toInstant());
  }
}
