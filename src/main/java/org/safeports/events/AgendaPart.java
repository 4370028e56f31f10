package org.safeports.events;

/**
 * The parts of an agenda that have texts in each language, with the table that holds them: a
 * session (title and description), a talk (title and abstract) and a speaker (a bio, no title).
 */
enum AgendaPart {
  SESSION("event_session_text", "session_id", "description", true),
  TALK("event_talk_text", "talk_id", "abstract", true),
  SPEAKER("event_speaker_text", "speaker_id", "bio", false);

  private final String table;
  private final String key;
  private final String body;
  private final boolean titled;

  AgendaPart(String table, String key, String body, boolean titled) {
    this.table = table;
    this.key = key;
    this.body = body;
    this.titled = titled;
  }

  /** The table of texts, one row per item and language. */
  String table() {
    return table;
  }

  /** The column naming the item. */
  String key() {
    return key;
  }

  /** The column of the longer text. */
  String body() {
    return body;
  }

  /** Whether the part has a title (a speaker's name is not translated). */
  boolean titled() {
    return titled;
  }
}
