package org.safeports.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** Reads of registrations: one person's, an event's, a person's list, counts and the line. */
@Service
class RegistrationRecords implements ParticipantCheck {

  private final JdbcClient jdbc;

  RegistrationRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One registration as the screens show it. */
  record Registration(
      long id,
      long eventId,
      long accountId,
      RegistrationStatus status,
      String language,
      boolean listed,
      Boolean attended,
      Instant registeredAt,
      Instant waitingSince,
      Map<String, String> answers) {}

  @Override
  @Transactional(readOnly = true)
  public boolean confirmed(long eventId, long accountId) {
    return of(eventId, accountId)
        .map(r -> r.status() == RegistrationStatus.CONFIRMED)
        .orElse(false);
  }

  @Transactional(readOnly = true)
  Optional<Registration> of(long eventId, long accountId) {
    return jdbc.sql(SELECT + " where event_id = ? and account_id = ?")
        .params(eventId, accountId)
        .query(RegistrationRecords::row)
        .optional();
  }

  @Transactional(readOnly = true)
  Optional<Registration> byId(long eventId, long registrationId) {
    return jdbc.sql(SELECT + " where event_id = ? and id = ?")
        .params(eventId, registrationId)
        .query(RegistrationRecords::row)
        .optional();
  }

  /** An event's registrations, in the order they came, of one status or all (status null). */
  @Transactional(readOnly = true)
  List<Registration> ofEvent(long eventId, RegistrationStatus status) {
    return jdbc.sql(
            SELECT
                + " where event_id = ? and (cast(? as varchar) is null or status = ?)"
                + " order by registered_at, id")
        .params(
            eventId, status == null ? null : status.name(), status == null ? null : status.name())
        .query(RegistrationRecords::row)
        .list();
  }

  /** A person's registrations that still stand, soonest event first. */
  @Transactional(readOnly = true)
  List<Registration> ofAccount(long accountId) {
    return jdbc.sql(
            "select r.id, r.event_id, r.account_id, r.status, r.language, r.listed, r.attended,"
                + " r.registered_at, r.waiting_since, r.answers::text as answers"
                + " from event_registration r join event_item e on e.id = r.event_id"
                + " where r.account_id = ? and r.status in ('PENDING', 'WAITING', 'CONFIRMED')"
                + " order by e.starts_at, r.id")
        .param(accountId)
        .query(RegistrationRecords::row)
        .list();
  }

  /** How many hold a place. */
  @Transactional(readOnly = true)
  long confirmedCount(long eventId) {
    return count(eventId, RegistrationStatus.CONFIRMED);
  }

  /** The places in line of an account's waiting registrations, by registration id, at once. */
  @Transactional(readOnly = true)
  Map<Long, Long> placesInLine(long accountId) {
    Map<Long, Long> places = new HashMap<>();
    jdbc.sql(
            "select r.id, (select count(*) from event_registration w where w.event_id = r.event_id"
                + " and w.status = 'WAITING' and (w.waiting_since, w.id) <= (r.waiting_since, r.id))"
                + " from event_registration r where r.account_id = ? and r.status = 'WAITING'")
        .param(accountId)
        .query((rs, n) -> places.put(rs.getLong(1), rs.getLong(2)))
        .list();
    return places;
  }

  /** Position in the waiting line (1 = next), or 0 when not waiting. */
  @Transactional(readOnly = true)
  long placeInLine(Registration registration) {
    if (registration.status() != RegistrationStatus.WAITING) {
      return 0;
    }
    return jdbc.sql(
            "select count(*) from event_registration where event_id = ? and status = 'WAITING'"
                + " and (waiting_since, id) <= (?, ?)")
        .params(
            registration.eventId(), Timestamp.from(registration.waitingSince()), registration.id())
        .query(Long.class)
        .single();
  }

  long count(long eventId, RegistrationStatus status) {
    return jdbc.sql("select count(*) from event_registration where event_id = ? and status = ?")
        .params(eventId, status.name())
        .query(Long.class)
        .single();
  }

  static final String SELECT =
      "select id, event_id, account_id, status, language, listed, attended, registered_at,"
          + " waiting_since, answers::text as answers from event_registration";

  static Registration row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp waiting = rs.getTimestamp("waiting_since");
    Object attended = rs.getObject("attended");
    Map<String, String> answers =
        EventRegistrations.JSON.readValue(
            rs.getString("answers"), new TypeReference<LinkedHashMap<String, String>>() {});
    return new Registration(
        rs.getLong("id"),
        rs.getLong("event_id"),
        rs.getLong("account_id"),
        RegistrationStatus.valueOf(rs.getString("status")),
        rs.getString("language"),
        rs.getBoolean("listed"),
        attended == null ? null : (Boolean) attended,
        rs.getTimestamp("registered_at").toInstant(),
        waiting == null ? null : waiting.toInstant(),
        answers);
  }
}
