package org.safeports.events;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeports.platform.database.VersionedEntity;

/**
 * An event: when (instants, and the zone it is held in), where (a venue, or online with a link for
 * participants only), its texts per language, and how people register.
 */
@Entity
@Table(name = "event_item")
class Event extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventStatus status = EventStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventAudience audience = EventAudience.PUBLIC;

  @Column(name = "original_language", nullable = false)
  private String originalLanguage;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(nullable = false)
  private boolean online;

  @Column(name = "online_link")
  private String onlineLink;

  private String venue;

  @Column(nullable = false)
  private String organiser;

  @Column(nullable = false)
  private String languages = "";

  @Column(nullable = false)
  private String interpretation = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationMode registration = RegistrationMode.NONE;

  @Column(name = "registration_opens_at")
  private Instant registrationOpensAt;

  @Column(name = "registration_closes_at")
  private Instant registrationClosesAt;

  private Integer capacity;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_list", nullable = false)
  private ParticipantListing participantList = ParticipantListing.NOBODY;

  @Column(name = "recording_url")
  private String recordingUrl;

  @Column(name = "copied_from_id", updatable = false)
  private Long copiedFromId;

  @Column(name = "created_by_id", nullable = false, updatable = false)
  private long createdById;

  @Column(name = "published_at")
  private Instant publishedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "event_item_text", joinColumns = @JoinColumn(name = "event_id"))
  @MapKeyColumn(name = "language")
  private Map<String, EventText> texts = new LinkedHashMap<>();

  protected Event() {}

  Event(String slug, EventKind kind, long createdById, Long copiedFromId) {
    this.slug = slug;
    this.kind = kind;
    this.createdById = createdById;
    this.copiedFromId = copiedFromId;
  }

  /** Sets when the event is held; the end must be after the start (the table checks it too). */
  void schedule(Instant startsAt, Instant endsAt, ZoneId zone) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.timeZone = zone.getId();
  }

  void describe(
      EventKind kind,
      EventAudience audience,
      String originalLanguage,
      String organiser,
      String languages,
      String interpretation) {
    this.kind = kind;
    this.audience = audience;
    this.originalLanguage = originalLanguage;
    this.organiser = organiser;
    this.languages = languages == null ? "" : languages;
    this.interpretation = interpretation == null ? "" : interpretation;
  }

  void place(boolean online, String onlineLink, String venue) {
    this.online = online;
    this.onlineLink = onlineLink;
    this.venue = venue;
  }

  void registration(
      RegistrationMode mode,
      Instant opensAt,
      Instant closesAt,
      Integer capacity,
      ParticipantListing participantList) {
    this.registration = mode;
    this.registrationOpensAt = opensAt;
    this.registrationClosesAt = closesAt;
    this.capacity = capacity;
    this.participantList = participantList;
  }

  void recording(String url) {
    this.recordingUrl = url;
  }

  void publish(Instant now) {
    this.status = EventStatus.PUBLISHED;
    if (publishedAt == null) {
      publishedAt = now;
    }
  }

  void unpublish() {
    this.status = EventStatus.DRAFT;
  }

  void cancel() {
    this.status = EventStatus.CANCELLED;
  }

  Long id() {
    return id;
  }

  String slug() {
    return slug;
  }

  EventKind kind() {
    return kind;
  }

  EventStatus status() {
    return status;
  }

  EventAudience audience() {
    return audience;
  }

  String originalLanguage() {
    return originalLanguage;
  }

  Instant startsAt() {
    return startsAt;
  }

  Instant endsAt() {
    return endsAt;
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  boolean online() {
    return online;
  }

  String onlineLink() {
    return onlineLink;
  }

  String venue() {
    return venue;
  }

  String organiser() {
    return organiser;
  }

  String languages() {
    return languages;
  }

  String interpretation() {
    return interpretation;
  }

  RegistrationMode registrationMode() {
    return registration;
  }

  Instant registrationOpensAt() {
    return registrationOpensAt;
  }

  Instant registrationClosesAt() {
    return registrationClosesAt;
  }

  Integer capacity() {
    return capacity;
  }

  ParticipantListing participantList() {
    return participantList;
  }

  String recordingUrl() {
    return recordingUrl;
  }

  Map<String, EventText> texts() {
    return texts;
  }

  /** The text in this language, else in the original language. */
  EventText text(String language) {
    EventText text = texts.get(language);
    return text != null ? text : texts.get(originalLanguage);
  }

  String title(String language) {
    EventText text = text(language);
    return text == null ? slug : text.title();
  }

  /** Over: its end has passed. */
  boolean past(Instant now) {
    return !endsAt.isAfter(now);
  }

  /**
   * Registration takes people now: a mode is set, the event is published and not over, and now is
   * between the opening and closing of registration (either may be unset).
   */
  boolean registrationOpen(Instant now) {
    return registration != RegistrationMode.NONE
        && status == EventStatus.PUBLISHED
        && endsAt.isAfter(now)
        && (registrationOpensAt == null || !registrationOpensAt.isAfter(now))
        && (registrationClosesAt == null || registrationClosesAt.isAfter(now));
  }
}
