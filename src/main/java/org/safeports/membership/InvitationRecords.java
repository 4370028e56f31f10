package org.safeports.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delegate_invitation table. */
@Repository
class InvitationRecords {

  private static final String COLUMNS =
      "id, country_code, email, display_name, position, phone, language, created_at, expires_at,"
          + " accepted_at, cancelled_at";

  private final JdbcClient jdbc;

  InvitationRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      String country,
      String email,
      String name,
      String position,
      String phone,
      String tokenHash,
      String language,
      Long invitedBy,
      Instant createdAt,
      Instant expiresAt) {
    return jdbc.sql(
            """
            insert into delegate_invitation (country_code, email, display_name, position, phone,
                token_hash, language, invited_by, created_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """)
        .params(
            country,
            email,
            name,
            position,
            phone,
            tokenHash,
            language,
            invitedBy,
            Timestamp.from(createdAt),
            Timestamp.from(expiresAt))
        .query(Long.class)
        .single();
  }

  /** The invitations neither accepted nor cancelled (expired ones too), oldest first. */
  List<DelegateInvitation> pending() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from delegate_invitation where accepted_at is null and cancelled_at is null"
                + " order by created_at, id")
        .query((rs, n) -> row(rs))
        .list();
  }

  boolean openFor(String country, String email, Instant now) {
    return jdbc.sql(
                """
            select count(*) from delegate_invitation
            where country_code = ? and email = ? and accepted_at is null and cancelled_at is null
              and expires_at > ?
            """)
            .params(country, email, Timestamp.from(now))
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<DelegateInvitation> byTokenHash(String hash) {
    return jdbc.sql("select " + COLUMNS + " from delegate_invitation where token_hash = ?")
        .param(hash)
        .query((rs, n) -> row(rs))
        .optional();
  }

  /** Locks the invitation until the transaction ends: it is accepted or cancelled once. */
  Optional<DelegateInvitation> forUpdate(long id) {
    return jdbc.sql("select " + COLUMNS + " from delegate_invitation where id = ? for update")
        .param(id)
        .query((rs, n) -> row(rs))
        .optional();
  }

  void accepted(long id, Instant at) {
    jdbc.sql("update delegate_invitation set accepted_at = ? where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  void cancelled(long id, Instant at) {
    jdbc.sql("update delegate_invitation set cancelled_at = ? where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  long count() {
    return jdbc.sql("select count(*) from delegate_invitation").query(Long.class).single();
  }

  private static DelegateInvitation row(ResultSet rs) throws SQLException {
    return new DelegateInvitation(
        rs.getLong("id"),
        rs.getString("country_code"),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("position"),
        rs.getString("phone"),
        rs.getString("language"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        instant(rs, "accepted_at"),
        instant(rs, "cancelled_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
