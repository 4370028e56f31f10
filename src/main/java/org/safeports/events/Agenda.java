package org.safeports.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An event's agenda as a page shows it: its days (in the reader's zone), each with its sessions in
 * time order, each with its talks and their speakers.
 */
record Agenda(String slug, String title, ZoneId shownZone, ZoneId eventZone, List<Day> days) {

  /** One day of the agenda, with its heading already in the reader's language. */
  record Day(String heading, String isoDate, List<Session> sessions) {}

  /**
   * A session or a break. The link is null unless the reader may have it (a confirmed participant
   * or an editor); the room is for everyone.
   */
  record Session(
      long id,
      boolean isBreak,
      Instant startsAt,
      String start,
      String end,
      String title,
      String description,
      String room,
      String link,
      boolean marked,
      List<Talk> talks) {}

  /** A talk; start and end are empty when it has no times of its own. */
  record Talk(long id, String title, String summary, String start, String end, List<Person> by) {}

  /** A speaker as a talk names them. */
  record Person(long id, String name) {}
}
