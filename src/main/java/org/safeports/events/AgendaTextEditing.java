package org.safeports.events;

import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translation screen of a session, talk or speaker: its text in one language, beside the
 * original. The item must belong to the event in the address, else it is not found.
 */
@Service
class AgendaTextEditing {

  /** What the screen shows: the item's name, the original's text, and whether this one is stale. */
  record Screen(
      String itemName, AgendaTexts.Text original, AgendaTexts.Text current, boolean stale) {}

  private final AgendaSessions sessions;
  private final JdbcClient jdbc;
  private final AgendaTexts texts;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;

  AgendaTextEditing(
      AgendaSessions sessions,
      JdbcClient jdbc,
      AgendaTexts texts,
      AuditLog audit,
      ApplicationEventPublisher publisher) {
    this.sessions = sessions;
    this.jdbc = jdbc;
    this.texts = texts;
    this.audit = audit;
    this.publisher = publisher;
  }

  @Transactional(readOnly = true)
  Screen screen(AgendaPart part, long eventId, long itemId, String language) {
    Event event = sessions.event(eventId);
    String name = belonging(part, eventId, itemId, language);
    Map<String, AgendaTexts.Text> all = texts.of(part, itemId);
    AgendaTexts.Text original = all.get(event.originalLanguage());
    AgendaTexts.Text current = all.get(language);
    return new Screen(
        part.titled() && original != null ? original.title() : name,
        original == null ? new AgendaTexts.Text("", "", false) : original,
        current,
        current != null && current.stale());
  }

  @Transactional
  void save(AgendaPart part, long eventId, long itemId, String language, AgendaTextForm form) {
    Event event = sessions.event(eventId);
    belonging(part, eventId, itemId, language);
    if (part.titled() && (form.getTitle() == null || form.getTitle().isBlank())) {
      throw new EventRefused("title", "events.agenda.admin.titleRequired");
    }
    texts.save(
        part,
        itemId,
        language,
        event.originalLanguage(),
        new AgendaTexts.Text(part.titled() ? form.getTitle() : "", form.getBody(), false));
    AuditAction action =
        switch (part) {
          case SESSION -> AuditAction.EVENT_SESSION_CHANGED;
          case TALK -> AuditAction.EVENT_TALK_CHANGED;
          case SPEAKER -> AuditAction.EVENT_SPEAKER_CHANGED;
        };
    audit.record(
        AuditEntry.of(action, itemId).detail(Map.of("event", eventId, "language", language)));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  /**
   * The item's name when it belongs to the event and the language is one of the portal's; else not
   * found. A session's or talk's name comes from its texts, a speaker's from their row.
   */
  private String belonging(AgendaPart part, long eventId, long itemId, String language) {
    if (!EventEditing.LANGUAGES.contains(language)) {
      throw new NotFoundException();
    }
    return switch (part) {
      case SESSION -> {
        sessions.row(eventId, itemId);
        yield "";
      }
      case TALK ->
          jdbc.sql(
                          "select count(*) from event_talk k join event_session s on s.id = k.session_id"
                              + " where k.id = :id and s.event_id = :event")
                      .param("id", itemId)
                      .param("event", eventId)
                      .query(Long.class)
                      .single()
                  > 0
              ? ""
              : notFound();
      case SPEAKER ->
          jdbc.sql("select name from event_speaker where id = :id and event_id = :event")
              .param("id", itemId)
              .param("event", eventId)
              .query(String.class)
              .optional()
              .orElseThrow(NotFoundException::new);
    };
  }

  private static String notFound() {
    throw new NotFoundException();
  }
}
