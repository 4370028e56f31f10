package org.safeports.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The extra questions of an event's registration form, chosen by the editor from a catalogue, each
 * required or not, each asked always or only when another question was answered (its condition).
 */
@Component
class RegistrationQuestions {

  /** The questions an editor may ask. */
  enum Key {
    ORGANISATION,
    COUNTRY,
    INTERPRETATION,
    DIETARY,
    ACCESSIBILITY
  }

  /** One asked question; {@code showIf} names the question whose answer it depends on, or null. */
  record Question(Key key, boolean required, Key showIf) {}

  static final int MAX_ANSWER = 300;

  private final JdbcClient jdbc;
  private final Clock clock;

  RegistrationQuestions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<Question> of(long eventId) {
    return jdbc.sql("select definition::text from event_form where event_id = ?")
        .param(eventId)
        .query(String.class)
        .optional()
        .map(RegistrationQuestions::parse)
        .orElse(List.of());
  }

  @Transactional
  void save(long eventId, List<Question> questions) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Question q : questions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", q.key().name());
      m.put("required", q.required());
      m.put("showIf", q.showIf() == null ? null : q.showIf().name());
      list.add(m);
    }
    String json = EventRegistrations.JSON.writeValueAsString(Map.of("questions", list));
    jdbc.sql(
            "insert into event_form (event_id, definition, updated_at) values (?, cast(? as jsonb),"
                + " ?) on conflict (event_id) do update set definition = excluded.definition,"
                + " updated_at = excluded.updated_at")
        .params(eventId, json, Timestamp.from(clock.instant()))
        .update();
  }

  /**
   * Checks answers against the questions: the answers to keep (of asked questions whose condition
   * holds), or the errors per question key (a message key each).
   */
  static Map<String, String> check(
      List<Question> questions, Map<String, String> given, Map<String, String> errors) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Question q : questions) {
      String answer = given.getOrDefault(q.key().name(), "").strip();
      boolean asked = q.showIf() == null || !given.getOrDefault(q.showIf().name(), "").isBlank();
      if (!asked) {
        continue;
      }
      if (answer.length() > MAX_ANSWER) {
        errors.put(q.key().name(), "events.register.tooLong");
      } else if (answer.isEmpty() && q.required()) {
        errors.put(q.key().name(), "events.register.required");
      } else if (!answer.isEmpty()) {
        kept.put(q.key().name(), answer);
      }
    }
    return kept;
  }

  private static List<Question> parse(String json) {
    Map<String, List<Map<String, Object>>> root =
        EventRegistrations.JSON.readValue(
            json, new TypeReference<Map<String, List<Map<String, Object>>>>() {});
    List<Question> questions = new ArrayList<>();
    for (Map<String, Object> m : root.getOrDefault("questions", List.of())) {
      Object showIf = m.get("showIf");
      questions.add(
          new Question(
              Key.valueOf((String) m.get("key")),
              Boolean.TRUE.equals(m.get("required")),
              showIf == null ? null : Key.valueOf((String) showIf)));
    }
    return questions;
  }
}
