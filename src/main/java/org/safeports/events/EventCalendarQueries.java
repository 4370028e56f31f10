package org.safeports.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the calendars and the home and country pages show: events chosen in SQL with the one
 * visibility rule ({@link EventVisibility#SQL_PREDICATE}), then loaded as entities.
 */
@Component
@Transactional(readOnly = true)
class EventCalendarQueries {

  /** How far back the whole calendar reaches, so that a new subscriber still sees recent events. */
  static final long FEED_PAST_DAYS = 180;

  private final JdbcClient jdbc;
  private final EventRepository events;

  EventCalendarQueries(JdbcClient jdbc, EventRepository events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The whole calendar: events that ended less than half a year ago, and all to come. */
  List<Event> feed(boolean signedIn, Instant now) {
    List<Long> ids =
        jdbc.sql(
                "select e.id from event_item e where "
                    + EventVisibility.SQL_PREDICATE
                    + " and e.ends_at > :since order by e.starts_at, e.id limit 500")
            .param("signedIn", signedIn)
            .param("since", Timestamp.from(now.minus(FEED_PAST_DAYS, ChronoUnit.DAYS)))
            .query(Long.class)
            .list();
    return load(ids);
  }

  /** The next published events not over yet (cancelled ones are left out), soonest first. */
  List<Event> upcoming(boolean signedIn, Instant now, int limit) {
    List<Long> ids =
        jdbc.sql(
                "select e.id from event_item e where "
                    + EventVisibility.SQL_PREDICATE
                    + " and e.status = 'PUBLISHED' and e.ends_at > :now"
                    + " order by e.starts_at, e.id limit :limit")
            .param("signedIn", signedIn)
            .param("now", Timestamp.from(now))
            .param("limit", limit)
            .query(Long.class)
            .list();
    return load(ids);
  }

  /**
   * The next events whose host country is this one, as {@link #upcoming}: one statement for the
   * ids, and one for the events when there are any.
   */
  List<Event> upcomingHostedIn(String country, boolean signedIn, Instant now, int limit) {
    if (country == null || country.isBlank()) {
      return List.of();
    }
    List<Long> ids =
        jdbc.sql(
                "select e.id from event_item e where "
                    + EventVisibility.SQL_PREDICATE
                    + " and e.status = 'PUBLISHED' and e.ends_at > :now"
                    + " and e.host_country = :country"
                    + " order by e.starts_at, e.id limit :limit")
            .param("signedIn", signedIn)
            .param("now", Timestamp.from(now))
            .param("country", country.toUpperCase(java.util.Locale.ROOT))
            .param("limit", limit)
            .query(Long.class)
            .list();
    return load(ids);
  }

  /** A visible event by its address. */
  Optional<Event> bySlug(String slug) {
    return events.findBySlug(slug);
  }

  /** The events a person has a confirmed place at, among those they may see, recent and to come. */
  List<Event> confirmedFor(long accountId, Instant now) {
    List<Long> ids =
        jdbc.sql(
                "select e.id from event_item e join event_registration r on r.event_id = e.id"
                    + " where r.account_id = :account and r.status = 'CONFIRMED' and "
                    + EventVisibility.SQL_PREDICATE
                    + " and e.ends_at > :since order by e.starts_at, e.id")
            .param("account", accountId)
            .param("signedIn", true)
            .param("since", Timestamp.from(now.minus(FEED_PAST_DAYS, ChronoUnit.DAYS)))
            .query(Long.class)
            .list();
    return load(ids);
  }

  /** The sessions a person marked, of events they may see, with titles in their language. */
  List<EventCalendarFiles.SessionEntry> markedBy(long accountId, String language, Instant now) {
    record Row(
        long id, long eventId, String title, Timestamp startsAt, Timestamp endsAt, String room) {}
    List<Row> rows =
        jdbc.sql(
                "select s.id, s.event_id, coalesce(t.title, o.title, '') as title,"
                    + " s.starts_at, s.ends_at, s.room"
                    + " from event_agenda_mark m"
                    + " join event_session s on s.id = m.session_id"
                    + " join event_item e on e.id = s.event_id"
                    + " left join event_session_text t on t.session_id = s.id"
                    + "   and t.language = :language"
                    + " left join event_session_text o on o.session_id = s.id"
                    + "   and o.language = e.original_language"
                    + " where m.account_id = :account and "
                    + EventVisibility.SQL_PREDICATE
                    + " and s.ends_at > :since order by s.starts_at, s.id")
            .param("account", accountId)
            .param("language", language)
            .param("signedIn", true)
            .param("since", Timestamp.from(now.minus(FEED_PAST_DAYS, ChronoUnit.DAYS)))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        rs.getString("title"),
                        rs.getTimestamp("starts_at"),
                        rs.getTimestamp("ends_at"),
                        rs.getString("room")))
            .list();
    List<Event> owners = load(rows.stream().map(Row::eventId).distinct().toList());
    return rows.stream()
        .map(
            row ->
                new EventCalendarFiles.SessionEntry(
                    row.id(),
                    owners.stream().filter(e -> e.id() == row.eventId()).findFirst().orElseThrow(),
                    row.title(),
                    row.startsAt().toInstant(),
                    row.endsAt().toInstant(),
                    row.room()))
        .toList();
  }

  /** The account's language, for the texts of its calendar. */
  String languageOf(long accountId) {
    return jdbc.sql("select language from account where id = :id")
        .param("id", accountId)
        .query(String.class)
        .optional()
        .map(l -> l.length() > 2 ? l.substring(0, 2) : l)
        .orElse("en");
  }

  private List<Event> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return events.findWithTexts(ids).stream()
        .sorted(Comparator.comparing(Event::startsAt).thenComparing(Event::id))
        .toList();
  }
}
