package org.safeports.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeports.library.LibraryCatalogue;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library documents attached to an event, as the editors pick them: background reading shown
 * before and after the event, slides and papers shown once it is over. Documents are found and
 * described through the library's public catalogue; a document the event's audience may not open is
 * attached all the same, with a warning, since the library keeps its file to its own readers.
 */
@Service
class EventDocuments {

  /** The two places a document can take on the event's page. */
  static final List<String> ROLES = List.of("READING", "SLIDES");

  /**
   * An attached document: its card from the library, its role, and whether some of the event's
   * audience cannot open it. A document withdrawn from the library since has no card.
   */
  record Attached(
      long documentId, String role, int position, LibraryCatalogue.Card card, boolean warning) {}

  /** A search result: the card, whether it is attached already, the warning. */
  record Found(LibraryCatalogue.Card card, boolean attached, boolean warning) {}

  private final EventEditing editing;
  private final LibraryCatalogue catalogue;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;

  EventDocuments(
      EventEditing editing,
      LibraryCatalogue catalogue,
      JdbcClient jdbc,
      AuditLog audit,
      ApplicationEventPublisher publisher) {
    this.editing = editing;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.audit = audit;
    this.publisher = publisher;
  }

  private record Row(long documentId, String role, int position) {}

  /** The documents attached to an event, reading first, each in its order. */
  @Transactional(readOnly = true)
  List<Attached> attached(long eventId, Locale locale) {
    Event event = editing.get(eventId);
    List<Row> rows = rows(eventId);
    Map<Long, LibraryCatalogue.Card> cards =
        catalogue.published(rows.stream().map(Row::documentId).toList(), locale).stream()
            .collect(Collectors.toMap(LibraryCatalogue.Card::id, Function.identity()));
    return rows.stream()
        .map(
            r -> {
              LibraryCatalogue.Card card = cards.get(r.documentId());
              return new Attached(
                  r.documentId(), r.role(), r.position(), card, card != null && warn(event, card));
            })
        .toList();
  }

  /** Library documents matching the words, marked when attached already. */
  @Transactional(readOnly = true)
  List<Found> find(long eventId, String words, Locale locale) {
    Event event = editing.get(eventId);
    List<Long> attached = rows(eventId).stream().map(Row::documentId).toList();
    return catalogue.find(words, locale).stream()
        .map(c -> new Found(c, attached.contains(c.id()), warn(event, c)))
        .toList();
  }

  /**
   * Attaches a published document in a role, last of that role; again, it changes its role. The
   * answer is null when done, else the message key of the refusal.
   */
  @Transactional
  String attach(long eventId, Long documentId, String role, Locale locale) {
    lock(eventId);
    if (!ROLES.contains(role)) {
      return "events.documents.roleRequired";
    }
    if (documentId == null || catalogue.published(List.of(documentId), locale).isEmpty()) {
      return "events.documents.unknown";
    }
    int last =
        jdbc.sql(
                "select coalesce(max(position), -1) from event_document"
                    + " where event_id = :e and role = :r")
            .param("e", eventId)
            .param("r", role)
            .query(Integer.class)
            .single();
    int changed =
        jdbc.sql(
                """
                insert into event_document (event_id, document_id, role, position)
                values (:e, :d, :r, :p)
                on conflict (event_id, document_id) do update
                  set role = excluded.role, position = excluded.position
                  where event_document.role <> excluded.role
                """)
            .param("e", eventId)
            .param("d", documentId)
            .param("r", role)
            .param("p", last + 1)
            .update();
    if (changed > 0) {
      renumber(eventId);
      audit.record(
          AuditEntry.of(AuditAction.EVENT_DOCUMENT_ATTACHED, eventId)
              .detail(AuditEntry.fields("document", documentId, "role", role)));
      publisher.publishEvent(new EventsChanged(eventId));
    }
    return null;
  }

  /** Moves a document one place up or down among those of its role. */
  @Transactional
  void move(long eventId, long documentId, boolean up) {
    lock(eventId);
    List<Row> rows = rows(eventId);
    Row row = find(rows, documentId);
    List<Row> same =
        new ArrayList<>(rows.stream().filter(r -> r.role().equals(row.role())).toList());
    int at = same.indexOf(row);
    int to = up ? at - 1 : at + 1;
    if (to < 0 || to >= same.size()) {
      return;
    }
    same.set(at, same.get(to));
    same.set(to, row);
    for (int i = 0; i < same.size(); i++) {
      position(eventId, same.get(i).documentId(), i);
    }
    audit.record(
        AuditEntry.of(AuditAction.EVENT_DOCUMENT_MOVED, eventId)
            .detail(AuditEntry.fields("document", documentId, "position", to + 1)));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  /** Takes a document off the event; the library keeps it. */
  @Transactional
  void remove(long eventId, long documentId) {
    lock(eventId);
    Row row = find(rows(eventId), documentId);
    jdbc.sql("delete from event_document where event_id = :e and document_id = :d")
        .param("e", eventId)
        .param("d", documentId)
        .update();
    renumber(eventId);
    audit.record(
        AuditEntry.of(AuditAction.EVENT_DOCUMENT_REMOVED, eventId)
            .detail(AuditEntry.fields("document", documentId, "role", row.role())));
    publisher.publishEvent(new EventsChanged(eventId));
  }

  /** Whether some of the event's audience may not open the document's file. */
  static boolean warn(Event event, LibraryCatalogue.Card card) {
    return event.audience() == EventAudience.PUBLIC
        ? !card.openToEveryone()
        : !card.openToEveryAccount();
  }

  private static Row find(List<Row> rows, long documentId) {
    return rows.stream()
        .filter(r -> r.documentId() == documentId)
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private void lock(long eventId) {
    jdbc.sql("select id from event_item where id = :e for update")
        .param("e", eventId)
        .query(Long.class)
        .optional()
        .orElseThrow(NotFoundException::new);
  }

  private List<Row> rows(long eventId) {
    return jdbc.sql(
            """
            select document_id, role, position from event_document where event_id = :e
            order by case role when 'READING' then 0 else 1 end, position, document_id
            """)
        .param("e", eventId)
        .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3)))
        .list();
  }

  private void renumber(long eventId) {
    List<Row> rows = rows(eventId);
    for (String role : ROLES) {
      List<Row> same = rows.stream().filter(r -> r.role().equals(role)).toList();
      for (int i = 0; i < same.size(); i++) {
        if (same.get(i).position() != i) {
          position(eventId, same.get(i).documentId(), i);
        }
      }
    }
  }

  private void position(long eventId, long documentId, int position) {
    jdbc.sql("update event_document set position = :p where event_id = :e and document_id = :d")
        .param("p", position)
        .param("e", eventId)
        .param("d", documentId)
        .update();
  }
}
