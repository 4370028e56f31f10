package org.safeports.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The stored applications and their threads. */
@Component
class AssociateApplications {

  private final JdbcClient jdbc;

  AssociateApplications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a new application holds before it is stored. */
  record New(
      Long organisationId,
      Long namedBy,
      String organisationName,
      AssociateKind kind,
      String countryCode,
      String website,
      String contactName,
      String position,
      String email,
      String motivation,
      List<AssociateArea> areas,
      String language,
      ApplicationState state,
      String confirmHash,
      String threadToken,
      String sentFrom) {}

  long insert(New a, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into associate_application (organisation_id, named_by, organisation_name,
                kind, country_code, website, contact_name, position, email, motivation, areas,
                language, state, confirm_hash, thread_token, sent_from, applied_at, queued_at)
            values (:org, :namedBy, :orgName, :kind, :country, :website, :name, :position,
                :email, :motivation, :areas, :language, :state, :hash, :token, :from, :now,
                :queued)
            """)
        .param("org", a.organisationId())
        .param("namedBy", a.namedBy())
        .param("orgName", a.organisationName())
        .param("kind", a.kind().name())
        .param("country", a.countryCode())
        .param("website", a.website())
        .param("name", a.contactName())
        .param("position", a.position())
        .param("email", a.email())
        .param("motivation", a.motivation())
        .param("areas", a.areas().stream().map(Enum::name).collect(Collectors.joining(",")))
        .param("language", a.language())
        .param("state", a.state().name())
        .param("hash", a.confirmHash())
        .param("token", a.threadToken())
        .param("from", a.sentFrom())
        .param("now", Timestamp.from(now))
        .param("queued", a.state() == ApplicationState.QUEUED ? Timestamp.from(now) : null)
        .update(key, "id");
    Long id = key.getKeyAs(Long.class);
    if (id == null) {
      throw new IllegalStateException("the database gave no id for the new application");
    }
    return id;
  }

  int fromAddressSince(String address, Instant since) {
    return jdbc.sql(
            "select count(*) from associate_application"
                + " where sent_from = :address and applied_at > :since")
        .param("address", address)
        .param("since", Timestamp.from(since))
        .query(Integer.class)
        .single();
  }

  int forEmailSince(String email, Instant since) {
    return jdbc.sql(
            "select count(*) from associate_application"
                + " where lower(email) = lower(:email) and applied_at > :since")
        .param("email", email)
        .param("since", Timestamp.from(since))
        .query(Integer.class)
        .single();
  }

  Optional<AssociateApplication> byId(long id) {
    return jdbc.sql("select * from associate_application where id = ?")
        .param(id)
        .query(AssociateApplications::row)
        .optional();
  }

  /** The application, its row locked until the transaction ends. */
  Optional<AssociateApplication> forUpdate(long id) {
    return jdbc.sql("select * from associate_application where id = ? for update")
        .param(id)
        .query(AssociateApplications::row)
        .optional();
  }

  /** The application of this thread link; {@code lock}: its row locked until the end. */
  Optional<AssociateApplication> byThreadToken(String token, boolean lock) {
    return jdbc.sql(
            "select * from associate_application where thread_token = ?"
                + " and state <> 'UNCONFIRMED'"
                + (lock ? " for update" : ""))
        .param(token)
        .query(AssociateApplications::row)
        .optional();
  }

  /** The unconfirmed application this link confirms, sent after {@code since}. */
  Optional<AssociateApplication> unconfirmed(String confirmHash, Instant since, boolean lock) {
    return jdbc.sql(
            "select * from associate_application where confirm_hash = ?"
                + " and state = 'UNCONFIRMED' and applied_at > ?"
                + (lock ? " for update" : ""))
        .param(confirmHash)
        .param(Timestamp.from(since))
        .query(AssociateApplications::row)
        .optional();
  }

  /** The secretariat's list: every application it can see, oldest first; state null for open. */
  List<AssociateApplication> queue(ApplicationState state) {
    String where =
        state == null ? "state in ('QUEUED', 'WAITING')" : "state = '" + state.name() + "'";
    return jdbc.sql(
            "select * from associate_application where "
                + where
                + " order by coalesce(queued_at, applied_at), id")
        .query(AssociateApplications::row)
        .list();
  }

  long count(ApplicationState state) {
    return jdbc.sql("select count(*) from associate_application where state = ?")
        .param(state.name())
        .query(Long.class)
        .single();
  }

  void confirmed(long id, Instant now) {
    jdbc.sql(
            "update associate_application set state = 'QUEUED', confirm_hash = null,"
                + " queued_at = :now where id = :id")
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void setState(long id, ApplicationState state) {
    jdbc.sql("update associate_application set state = ? where id = ?")
        .param(state.name())
        .param(id)
        .update();
  }

  void decided(
      long id, ApplicationState state, String by, String reason, Long accountId, Instant now) {
    jdbc.sql(
            "update associate_application set state = :state, decided_at = :now,"
                + " decided_by = :by, decline_reason = :reason, account_id = :account"
                + " where id = :id")
        .param("state", state.name())
        .param("now", Timestamp.from(now))
        .param("by", by)
        .param("reason", reason)
        .param("account", accountId)
        .param("id", id)
        .update();
  }

  /** Applications for this address that the applicant's account page shows (not unconfirmed). */
  List<AssociateApplication> forEmail(String email) {
    return jdbc.sql(
            "select * from associate_application where lower(email) = lower(?)"
                + " and state in ('QUEUED', 'WAITING', 'DECLINED') order by applied_at")
        .param(email)
        .query(AssociateApplications::row)
        .list();
  }

  /** Removes unconfirmed applications sent before then; answers how many. */
  int removeUnconfirmedBefore(Instant before) {
    return jdbc.sql(
            "delete from associate_application where state = 'UNCONFIRMED' and applied_at <= ?")
        .param(Timestamp.from(before))
        .update();
  }

  void addMessage(
      long applicationId, boolean fromSecretariat, String author, String body, Instant now) {
    jdbc.sql(
            "insert into associate_message (application_id, from_secretariat, author, body,"
                + " written_at) values (?, ?, ?, ?, ?)")
        .params(applicationId, fromSecretariat, author, body, Timestamp.from(now))
        .update();
  }

  List<ThreadMessage> thread(long applicationId) {
    return jdbc.sql(
            "select from_secretariat, author, body, written_at from associate_message"
                + " where application_id = ? order by written_at, id")
        .param(applicationId)
        .query(
            (rs, n) ->
                new ThreadMessage(
                    rs.getBoolean(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static AssociateApplication row(ResultSet rs, int n) throws SQLException {
    return new AssociateApplication(
        rs.getLong("id"),
        longOrNull(rs, "organisation_id"),
        longOrNull(rs, "named_by"),
        rs.getString("organisation_name"),
        AssociateKind.valueOf(rs.getString("kind")),
        rs.getString("country_code"),
        rs.getString("website"),
        rs.getString("contact_name"),
        rs.getString("position"),
        rs.getString("email"),
        rs.getString("motivation"),
        AssociateArea.parse(rs.getString("areas")),
        rs.getString("language"),
        ApplicationState.valueOf(rs.getString("state")),
        rs.getString("thread_token"),
        instant(rs, "applied_at"),
        instant(rs, "queued_at"),
        instant(rs, "decided_at"),
        rs.getString("decided_by"),
        rs.getString("decline_reason"),
        longOrNull(rs, "account_id"));
  }
}
