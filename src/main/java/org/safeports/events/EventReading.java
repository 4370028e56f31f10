package org.safeports.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.safeports.library.LibraryCatalogue;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.text.SafeHtml;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What visitors read of events: the lists and an event's page, times in the visitor's zone. */
@Service
class EventReading {

  /** When an event is held, in the visitor's zone and in the event's own. */
  record When(String visitor, String visitorZone, String local, String localZone, boolean same) {}

  record Card(
      String slug,
      String title,
      String summary,
      String language,
      EventKind kind,
      EventStatus status,
      When when,
      boolean online,
      String venue) {}

  record Document(long id, String title, String role) {}

  record Page(
      long id,
      String slug,
      String title,
      String summary,
      SafeHtml description,
      String language,
      EventKind kind,
      EventStatus status,
      When when,
      boolean past,
      boolean online,
      String onlineLink,
      boolean linkHidden,
      String venue,
      String organiser,
      List<String> languages,
      List<String> interpretation,
      String recordingUrl,
      List<Document> reading,
      List<Document> slides) {}

  private final EventRepository events;
  private final EventVisibility visibility;
  private final JdbcClient jdbc;
  private final MarkdownRenderer markdown;
  private final ObjectProvider<ParticipantCheck> participants;
  private final LibraryCatalogue catalogue;

  EventReading(
      EventRepository events,
      EventVisibility visibility,
      JdbcClient jdbc,
      MarkdownRenderer markdown,
      ObjectProvider<ParticipantCheck> participants,
      LibraryCatalogue catalogue) {
    this.catalogue = catalogue;
    this.events = events;
    this.visibility = visibility;
    this.jdbc = jdbc;
    this.markdown = markdown;
    this.participants = participants;
  }

  /** Upcoming (not over, soonest first) or past (latest first) events the viewer may see. */
  @Transactional(readOnly = true)
  List<Card> list(
      boolean past, EventKind kind, Viewer viewer, Instant now, ZoneId zone, Locale locale) {
    List<Long> ids =
        jdbc.sql(
                "select e.id from event_item e where "
                    + EventVisibility.SQL_PREDICATE
                    + (past ? " and e.ends_at <= :now" : " and e.ends_at > :now")
                    + (kind == null ? "" : " and e.kind = :kind")
                    + (past ? " order by e.starts_at desc" : " order by e.starts_at")
                    + " limit 200")
            .param("signedIn", viewer.signedIn())
            .param("now", java.sql.Timestamp.from(now))
            .param("kind", kind == null ? "" : kind.name())
            .query(Long.class)
            .list();
    java.util.Map<Long, Event> byId = new java.util.HashMap<>();
    // With their texts in the same statement: not one more per event listed.
    (ids.isEmpty() ? List.<Event>of() : events.findWithTexts(ids))
        .forEach(e -> byId.put(e.id(), e));
    String language = locale.getLanguage();
    return ids.stream()
        .map(byId::get)
        .map(
            e -> {
              EventText text = e.text(language);
              return new Card(
                  e.slug(),
                  e.title(language),
                  text == null ? "" : text.summary(),
                  textLanguage(e, language),
                  e.kind(),
                  e.status(),
                  when(e, zone, locale),
                  e.online(),
                  e.venue());
            })
        .toList();
  }

  /** The event's zone, for a page that has not yet chosen the visitor's. */
  @Transactional(readOnly = true)
  Event visible(String slug, Viewer viewer) {
    Event event = events.findBySlug(slug).orElseThrow(NotFoundException::new);
    if (!visibility.maySee(viewer, event)) {
      throw new NotFoundException();
    }
    return event;
  }

  @Transactional(readOnly = true)
  Page page(String slug, Viewer viewer, Long accountId, Instant now, ZoneId zone, Locale locale) {
    Event e = visible(slug, viewer);
    String language = locale.getLanguage();
    EventText text = e.text(language);
    boolean past = e.past(now);
    boolean mayJoin =
        e.status() != EventStatus.CANCELLED
            && accountId != null
            && (viewer.has("EDITOR") || confirmed(e.id(), accountId));
    String link = e.online() && mayJoin ? e.onlineLink() : null;
    List<Document> documents = documents(e.id(), locale, viewer);
    return new Page(
        e.id(),
        e.slug(),
        e.title(language),
        text == null ? "" : text.summary(),
        markdown.render(text == null ? "" : text.description()),
        textLanguage(e, language),
        e.kind(),
        e.status(),
        when(e, zone, locale),
        past,
        e.online(),
        link,
        e.online() && link == null && e.onlineLink() != null,
        e.venue(),
        e.organiser(),
        codes(e.languages()),
        codes(e.interpretation()),
        past ? e.recordingUrl() : null,
        documents.stream().filter(d -> d.role().equals("READING")).toList(),
        past ? documents.stream().filter(d -> d.role().equals("SLIDES")).toList() : List.of());
  }

  private boolean confirmed(long eventId, long accountId) {
    ParticipantCheck check = participants.getIfAvailable();
    return check != null && check.confirmed(eventId, accountId);
  }

  /**
   * The library documents attached, in their order: those published that the reader may open,
   * titled in their language, as the library's catalogue describes them.
   */
  private List<Document> documents(long eventId, Locale locale, Viewer viewer) {
    record Row(long id, String role) {}
    List<Row> rows =
        jdbc.sql(
                "select document_id, role from event_document where event_id = :event"
                    + " order by position, document_id")
            .param("event", eventId)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
            .list();
    java.util.Map<Long, LibraryCatalogue.Card> cards = new java.util.HashMap<>();
    catalogue
        .published(rows.stream().map(Row::id).toList(), locale)
        .forEach(c -> cards.put(c.id(), c));
    return rows.stream()
        .filter(r -> cards.containsKey(r.id()) && cards.get(r.id()).readableBy(viewer))
        .map(r -> new Document(r.id(), cards.get(r.id()).title(), r.role()))
        .toList();
  }

  static List<String> codes(String list) {
    return list == null || list.isBlank()
        ? List.of()
        : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String textLanguage(Event e, String language) {
    return e.texts().containsKey(language) ? language : e.originalLanguage();
  }

  /** The event's times in the visitor's zone, and in its own zone beside them. */
  static When when(Event e, ZoneId zone, Locale locale) {
    ZoneId own = e.zone();
    return new When(
        span(e.startsAt(), e.endsAt(), zone, locale),
        zoneName(zone, locale),
        span(e.startsAt(), e.endsAt(), own, locale),
        zoneName(own, locale),
        sameClock(e.startsAt(), zone, own));
  }

  private static boolean sameClock(Instant at, ZoneId a, ZoneId b) {
    return a.getRules().getOffset(at).equals(b.getRules().getOffset(at));
  }

  static String span(Instant starts, Instant ends, ZoneId zone, Locale locale) {
    ZonedDateTime from = starts.atZone(zone);
    ZonedDateTime to = ends.atZone(zone);
    DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    if (from.toLocalDate().equals(to.toLocalDate())) {
      return day.format(from) + ", " + time.format(from) + "–" + time.format(to);
    }
    return day.format(from)
        + ", "
        + time.format(from)
        + " – "
        + day.format(to)
        + ", "
        + time.format(to);
  }

  static String zoneName(ZoneId zone, Locale locale) {
    String name = zone.getDisplayName(TextStyle.FULL, locale);
    return name.equals(zone.getId()) ? name : name + " (" + zone.getId() + ")";
  }
}
