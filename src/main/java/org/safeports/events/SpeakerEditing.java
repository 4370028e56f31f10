package org.safeports.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.media.WebImages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The editors' speakers: name, organisation, country, a bio per language and a photo. The photo
 * goes through the portal's image rules ({@link WebImages}: recognised by its content, 10 MB at
 * most, redrawn so nothing hidden in the file stays); a refusal is shown next to the file field and
 * nothing is saved. A speaker of another event is not found.
 */
@Service
class SpeakerEditing {

  /** Photos are shown 120 px wide; twice that and more for sharp screens and the print. */
  static final int PHOTO_WIDTH = 480;

  /** A speaker as stored (without the photo's bytes). */
  record Row(
      long id, String name, String organisation, String country, boolean photo, long version) {}

  /** A speaker as the talk form offers them. */
  record Choice(long id, String name) {}

  private final AgendaSessions sessions;
  private final JdbcClient jdbc;
  private final AgendaTexts texts;
  private final WebImages images;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;

  SpeakerEditing(
      AgendaSessions sessions,
      JdbcClient jdbc,
      AgendaTexts texts,
      WebImages images,
      AuditLog audit,
      ApplicationEventPublisher publisher) {
    this.sessions = sessions;
    this.jdbc = jdbc;
    this.texts = texts;
    this.images = images;
    this.audit = audit;
    this.publisher = publisher;
  }

  Row row(long eventId, long speakerId) {
    return jdbc.sql(
            "select id, name, organisation, country, photo is not null as has_photo, version"
                + " from event_speaker where id = :id and event_id = :event")
        .param("id", speakerId)
        .param("event", eventId)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("organisation"),
                    rs.getString("country"),
                    rs.getBoolean("has_photo"),
                    rs.getLong("version")))
        .optional()
        .orElseThrow(NotFoundException::new);
  }

  /** The event's speakers by name, for the talk form. */
  @Transactional(readOnly = true)
  List<Choice> choices(long eventId) {
    return jdbc.sql("select id, name from event_speaker where event_id = :event order by name, id")
        .param("event", eventId)
        .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
        .list();
  }

  @Transactional(readOnly = true)
  SpeakerForm form(long eventId, long speakerId) {
    Event event = sessions.event(eventId);
    Row row = row(eventId, speakerId);
    SpeakerForm form = new SpeakerForm();
    form.setName(row.name());
    form.setOrganisation(row.organisation());
    form.setCountry(row.country());
    form.setVersion(row.version());
    AgendaTexts.Text text = texts.of(AgendaPart.SPEAKER, speakerId).get(event.originalLanguage());
    form.setBio(text == null ? "" : text.body());
    return form;
  }

  @Transactional
  long add(long eventId, SpeakerForm form, MultipartFile file) {
    Event event = sessions.event(eventId);
    String country = country(form);
    Optional<WebImages.WebImage> photo = photo(file);
    long id =
        jdbc.sql(
                "insert into event_speaker (event_id, name, organisation, country, photo,"
                    + " photo_type) values (:event, :name, :organisation, :country, :photo,"
                    + " :type) returning id")
            .param("event", eventId)
            .param("name", form.getName().trim())
            .param("organisation", organisation(form))
            .param("country", country)
            .param("photo", photo.map(WebImages.WebImage::bytes).orElse(null))
            .param("type", photo.map(WebImages.WebImage::contentType).orElse(null))
            .query(Long.class)
            .single();
    saveBio(event, id, form);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_SPEAKER_ADDED, id)
            .change(null, state(row(eventId, id)))
            .detail(Map.of("event", eventId)));
    publisher.publishEvent(new EventsChanged(eventId));
    return id;
  }

  @Transactional
  void change(long eventId, long speakerId, SpeakerForm form, MultipartFile file) {
    Event event = sessions.event(eventId);
    Row before = row(eventId, speakerId);
    String country = country(form);
    Optional<WebImages.WebImage> photo = photo(file);
    int updated =
        jdbc.sql(
                "update event_speaker set name = :name, organisation = :organisation,"
                    + " country = :country, version = version + 1"
                    + " where id = :id and event_id = :event and version = :version")
            .param("name", form.getName().trim())
            .param("organisation", organisation(form))
            .param("country", country)
            .param("id", speakerId)
            .param("event", eventId)
            .param("version", form.getVersion())
            .update();
    if (updated == 0) {
      throw new EventRefused(null, "events.agenda.admin.changedMeanwhile");
    }
    if (photo.isPresent() || form.isRemovePhoto()) {
      jdbc.sql("update event_speaker set photo = :photo, photo_type = :type where id = :id")
          .param("photo", photo.map(WebImages.WebImage::bytes).orElse(null))
          .param("type", photo.map(WebImages.WebImage::contentType).orElse(null))
          .param("id", speakerId)
          .update();
    }
    saveBio(event, speakerId, form);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_SPEAKER_CHANGED, speakerId)
            .change(state(before), state(row(eventId, speakerId)))
            .detail(Map.of("event", eventId)));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  @Transactional
  void delete(long eventId, long speakerId) {
    Row before = row(eventId, speakerId);
    jdbc.sql("delete from event_speaker where id = :id and event_id = :event")
        .param("id", speakerId)
        .param("event", eventId)
        .update();
    audit.record(
        AuditEntry.of(AuditAction.EVENT_SPEAKER_DELETED, speakerId)
            .change(state(before), null)
            .detail(Map.of("event", eventId)));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  /** No file chosen: no new photo. A file that is not a usable image: refused by its field. */
  private Optional<WebImages.WebImage> photo(MultipartFile file) {
    if (file == null) {
      return Optional.empty();
    }
    String name = file.getOriginalFilename();
    if (file.isEmpty() && (name == null || name.isBlank())) {
      return Optional.empty();
    }
    try {
      return Optional.of(images.process(file, PHOTO_WIDTH));
    } catch (WebImages.Refused refused) {
      throw new EventRefused("photo", refused.messageKey());
    }
  }

  private static String country(SpeakerForm form) {
    String code = AgendaSessions.trimmed(form.getCountry());
    if (code != null && !SpeakerCountries.known(code)) {
      throw new EventRefused("country", "events.speakers.admin.countryUnknown");
    }
    return code;
  }

  private static String organisation(SpeakerForm form) {
    return form.getOrganisation() == null ? "" : form.getOrganisation().trim();
  }

  private void saveBio(Event event, long speakerId, SpeakerForm form) {
    String original = event.originalLanguage();
    texts.save(
        AgendaPart.SPEAKER,
        speakerId,
        original,
        original,
        new AgendaTexts.Text("", form.getBio(), false));
  }

  private static Map<String, Object> state(Row row) {
    return AuditEntry.fields(
        "name",
        row.name(),
        "organisation",
        row.organisation(),
        "country",
        row.country(),
        "photo",
        row.photo());
  }
}
