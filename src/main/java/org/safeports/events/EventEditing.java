package org.safeports.events;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.text.Slugs;
import org.safeports.search.SearchItemChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' side: create, change, translate, publish, unpublish, cancel and duplicate. */
@Service
class EventEditing {

  static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

  /** A row of the editors' list. */
  record Row(long id, String slug, String title, EventKind kind, EventStatus status, Instant at) {}

  private final EventRepository events;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final EventHostCountries hosts;

  EventEditing(
      EventRepository events,
      AuditLog audit,
      ApplicationEventPublisher publisher,
      Clock clock,
      EventHostCountries hosts) {
    this.hosts = hosts;
    this.events = events;
    this.audit = audit;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<Row> all() {
    return events.findAllWithTexts().stream()
        .sorted((a, b) -> b.startsAt().compareTo(a.startsAt()))
        .map(e -> new Row(e.id(), e.slug(), e.title("en"), e.kind(), e.status(), e.startsAt()))
        .toList();
  }

  @Transactional(readOnly = true)
  Event get(long id) {
    return events.findById(id).orElseThrow(NotFoundException::new);
  }

  @Transactional
  long create(EventForm form, long editorId) {
    if (form.getTitle() == null || form.getTitle().isBlank()) {
      throw new EventRefused("title", "events.admin.titleRequired");
    }
    String base = Slugs.of(form.getTitle(), 100);
    String slug = base.isEmpty() ? "event" : base;
    for (int n = 2; events.existsBySlug(slug) || reserved(slug); n++) {
      slug = base + "-" + n;
    }
    Event event = new Event(slug, form.getKind(), editorId, null);
    apply(event, form);
    event
        .texts()
        .put(
            form.getOriginalLanguage(),
            new EventText(form.getTitle(), form.getSummary(), form.getDescription(), now()));
    Event saved = events.save(event);
    hosts.set(saved.id(), form.getHostCountry());
    audit.record(AuditEntry.of(AuditAction.EVENT_CREATED, saved.id()).change(null, state(saved)));
    return saved.id();
  }

  @Transactional
  void update(long id, EventForm form) {
    Event event = get(id);
    Map<String, Object> before = state(event);
    before.put("hostCountry", hosts.of(id).orElse(null));
    apply(event, form);
    hosts.set(id, form.getHostCountry());
    Map<String, Object> after = state(event);
    after.put("hostCountry", hosts.of(id).orElse(null));
    audit.record(AuditEntry.of(AuditAction.EVENT_CHANGED, id).change(before, after));
    changed(event);
  }

  /** Saves the texts in one language; a change to the original makes the translations stale. */
  @Transactional
  void saveText(long id, String language, EventTextForm form) {
    if (!LANGUAGES.contains(language)) {
      throw new NotFoundException();
    }
    Event event = get(id);
    event
        .texts()
        .put(
            language,
            new EventText(form.getTitle(), form.getSummary(), form.getDescription(), now()));
    if (language.equals(event.originalLanguage())) {
      event
          .texts()
          .forEach(
              (lang, text) -> {
                if (!lang.equals(language)) {
                  text.markStale();
                }
              });
    }
    audit.record(AuditEntry.of(AuditAction.EVENT_CHANGED, id).detail(Map.of("language", language)));
    changed(event);
  }

  @Transactional
  void publish(long id) {
    Event event = get(id);
    event.publish(now());
    audit.record(AuditEntry.of(AuditAction.EVENT_PUBLISHED, id));
    changed(event);
  }

  @Transactional
  void unpublish(long id) {
    Event event = get(id);
    event.unpublish();
    audit.record(AuditEntry.of(AuditAction.EVENT_UNPUBLISHED, id));
    changed(event);
  }

  @Transactional
  void cancel(long id) {
    Event event = get(id);
    if (event.status() == EventStatus.DRAFT) {
      throw new EventRefused(null, "events.admin.cancelDraft");
    }
    event.cancel();
    audit.record(AuditEntry.of(AuditAction.EVENT_CANCELLED, id));
    changed(event);
  }

  /** A draft copy with the same settings and texts, a week later, to be edited. */
  @Transactional
  long duplicate(long id, long editorId) {
    Event from = get(id);
    String slug = from.slug().replaceAll("-copy(-\\d+)?$", "") + "-copy";
    String base = slug;
    for (int n = 2; events.existsBySlug(slug); n++) {
      slug = base + "-" + n;
    }
    Event copy = new Event(slug, from.kind(), editorId, from.id());
    copy.describe(
        from.kind(),
        from.audience(),
        from.originalLanguage(),
        from.organiser(),
        from.languages(),
        from.interpretation());
    copy.schedule(
        from.startsAt().plusSeconds(7 * 86400), from.endsAt().plusSeconds(7 * 86400), from.zone());
    copy.place(from.online(), from.onlineLink(), from.venue());
    copy.registration(from.registrationMode(), null, null, from.capacity(), from.participantList());
    from.texts()
        .forEach(
            (lang, t) ->
                copy.texts()
                    .put(lang, new EventText(t.title(), t.summary(), t.description(), now())));
    Event saved = events.save(copy);
    hosts.set(saved.id(), hosts.of(id).orElse(null));
    audit.record(
        AuditEntry.of(AuditAction.EVENT_DUPLICATED, saved.id()).detail(Map.of("from", id)));
    return saved.id();
  }

  /** The form filled from the event, times in its zone. */
  static EventForm form(Event e) {
    EventForm form = new EventForm();
    ZoneId zone = e.zone();
    form.setKind(e.kind());
    form.setAudience(e.audience());
    form.setOriginalLanguage(e.originalLanguage());
    form.setStartsAt(LocalDateTime.ofInstant(e.startsAt(), zone));
    form.setEndsAt(LocalDateTime.ofInstant(e.endsAt(), zone));
    form.setTimeZone(zone.getId());
    form.setOnline(e.online());
    form.setOnlineLink(e.onlineLink());
    form.setVenue(e.venue());
    form.setOrganiser(e.organiser());
    form.setLanguages(new java.util.ArrayList<>(EventReading.codes(e.languages())));
    form.setInterpretation(new java.util.ArrayList<>(EventReading.codes(e.interpretation())));
    form.setRegistration(e.registrationMode());
    form.setRegistrationOpensAt(
        e.registrationOpensAt() == null
            ? null
            : LocalDateTime.ofInstant(e.registrationOpensAt(), zone));
    form.setRegistrationClosesAt(
        e.registrationClosesAt() == null
            ? null
            : LocalDateTime.ofInstant(e.registrationClosesAt(), zone));
    form.setCapacity(e.capacity());
    form.setParticipantList(e.participantList());
    form.setRecordingUrl(e.recordingUrl());
    return form;
  }

  private void apply(Event event, EventForm form) {
    ZoneId zone;
    try {
      zone = ZoneId.of(form.getTimeZone().trim());
    } catch (DateTimeException unknown) {
      throw new EventRefused("timeZone", "events.admin.zoneUnknown");
    }
    Instant starts = form.getStartsAt().atZone(zone).toInstant();
    Instant ends = form.getEndsAt().atZone(zone).toInstant();
    if (!ends.isAfter(starts)) {
      throw new EventRefused("endsAt", "events.admin.endBeforeStart");
    }
    if (form.isOnline() && blank(form.getOnlineLink())) {
      throw new EventRefused("onlineLink", "events.admin.linkRequired");
    }
    if (!form.isOnline() && blank(form.getVenue())) {
      throw new EventRefused("venue", "events.admin.venueRequired");
    }
    Instant opens =
        form.getRegistrationOpensAt() == null
            ? null
            : form.getRegistrationOpensAt().atZone(zone).toInstant();
    Instant closes =
        form.getRegistrationClosesAt() == null
            ? null
            : form.getRegistrationClosesAt().atZone(zone).toInstant();
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      throw new EventRefused("registrationClosesAt", "events.admin.closesBeforeOpens");
    }
    event.schedule(starts, ends, zone);
    event.describe(
        form.getKind(),
        form.getAudience(),
        form.getOriginalLanguage(),
        form.getOrganiser().trim(),
        codes(form.getLanguages()),
        codes(form.getInterpretation()));
    event.place(
        form.isOnline(),
        blank(form.getOnlineLink()) ? null : form.getOnlineLink().trim(),
        blank(form.getVenue()) ? null : form.getVenue().trim());
    event.registration(
        form.getRegistration(), opens, closes, form.getCapacity(), form.getParticipantList());
    event.recording(blank(form.getRecordingUrl()) ? null : form.getRecordingUrl().trim());
  }

  private static String codes(List<String> codes) {
    return codes == null
        ? ""
        : String.join(",", codes.stream().filter(LANGUAGES::contains).distinct().toList());
  }

  private static boolean reserved(String slug) {
    return Set.of("past", "time-zone", "speakers").contains(slug);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private void changed(Event event) {
    publisher.publishEvent(new EventsChanged(event.id()));
    publisher.publishEvent(new SearchItemChanged(EventSearchSource.NAME, event.id().toString()));
  }

  private Instant now() {
    return clock.instant();
  }

  private static Map<String, Object> state(Event e) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("slug", e.slug());
    state.put("status", e.status().name());
    state.put("startsAt", e.startsAt().toString());
    state.put("endsAt", e.endsAt().toString());
    state.put("timeZone", e.zone().getId());
    state.put("online", e.online());
    state.put("registration", e.registrationMode().name());
    return state;
  }
}
