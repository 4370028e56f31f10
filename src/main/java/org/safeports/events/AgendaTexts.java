package org.safeports.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The texts of sessions, talks and speakers in each language. Saving the original language's text
 * with a change makes the other languages' texts stale; saving a translation makes it current.
 */
@Component
class AgendaTexts {

  /** One item's text in one language; the title is empty for a speaker. */
  record Text(String title, String body, boolean stale) {}

  /** How a language stands for one item: the original, missing, stale or up to date. */
  enum State {
    ORIGINAL,
    MISSING,
    STALE,
    CURRENT
  }

  private final JdbcClient jdbc;

  AgendaTexts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The item's texts, by language. */
  Map<String, Text> of(AgendaPart part, long itemId) {
    Map<String, Text> texts = new LinkedHashMap<>();
    jdbc.sql(
            "select language, "
                + (part.titled() ? "title" : "''")
                + " as title, "
                + part.body()
                + " as body, stale from "
                + part.table()
                + " where "
                + part.key()
                + " = :id")
        .param("id", itemId)
        .query(
            rs -> {
              texts.put(
                  rs.getString("language"),
                  new Text(rs.getString("title"), rs.getString("body"), rs.getBoolean("stale")));
            });
    return texts;
  }

  /** Saves the item's text in a language; {@code original}: the event's original language. */
  void save(AgendaPart part, long itemId, String language, String original, Text text) {
    Text before = of(part, itemId).get(language);
    String title = text.title() == null ? "" : text.title().trim();
    String body = text.body() == null ? "" : text.body().strip();
    jdbc.sql(
            "insert into "
                + part.table()
                + " ("
                + part.key()
                + ", language, "
                + (part.titled() ? "title, " : "")
                + part.body()
                + ", stale) values (:id, :lang, "
                + (part.titled() ? ":title, " : "")
                + ":body, false) on conflict ("
                + part.key()
                + ", language) do update set "
                + (part.titled() ? "title = excluded.title, " : "")
                + part.body()
                + " = excluded."
                + part.body()
                + ", stale = false")
        .param("id", itemId)
        .param("lang", language)
        .param("title", title)
        .param("body", body)
        .update();
    boolean changed =
        before == null || !before.title().equals(title) || !before.body().equals(body);
    if (language.equals(original) && changed) {
      jdbc.sql(
              "update "
                  + part.table()
                  + " set stale = true where "
                  + part.key()
                  + " = :id and language <> :lang")
          .param("id", itemId)
          .param("lang", language)
          .update();
    }
  }

  /** How each language stands for each of the event's items of this part, by item. */
  Map<Long, Map<String, State>> states(AgendaPart part, Collection<Long> items, String original) {
    Map<Long, Map<String, Boolean>> found = new HashMap<>();
    if (!items.isEmpty()) {
      jdbc.sql(
              "select "
                  + part.key()
                  + " as item, language, stale from "
                  + part.table()
                  + " where "
                  + part.key()
                  + " in (:ids)")
          .param("ids", items)
          .query(
              rs -> {
                found
                    .computeIfAbsent(rs.getLong("item"), k -> new HashMap<>())
                    .put(rs.getString("language"), rs.getBoolean("stale"));
              });
    }
    Map<Long, Map<String, State>> states = new HashMap<>();
    for (Long item : items) {
      Map<String, Boolean> languages = found.getOrDefault(item, Map.of());
      Map<String, State> byLanguage = new LinkedHashMap<>();
      for (String language : EventEditing.LANGUAGES) {
        Boolean stale = languages.get(language);
        byLanguage.put(
            language,
            Objects.equals(language, original)
                ? State.ORIGINAL
                : stale == null ? State.MISSING : stale ? State.STALE : State.CURRENT);
      }
      states.put(item, byLanguage);
    }
    return states;
  }
}
