package org.safeports.events;

import java.util.Locale;
import java.util.Optional;
import org.safeports.membership.MemberStates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member state an event is held in, or organised from when it is online: chosen by the editors
 * from membership's member states and checked against them, read by the country pages. Kept in its
 * own column, written here rather than through the event's entity.
 */
@Component
class EventHostCountries {

  private final JdbcClient jdbc;
  private final MemberStates states;

  EventHostCountries(JdbcClient jdbc, MemberStates states) {
    this.jdbc = jdbc;
    this.states = states;
  }

  /** The event's host country (its two-letter code), if it has one. */
  @Transactional(readOnly = true)
  Optional<String> of(long eventId) {
    return jdbc
        .sql("select host_country from event_item where id = :id and host_country is not null")
        .param("id", eventId)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * Sets the host country, or none for a blank code; refused next to the field when the code is not
   * one of the member states.
   */
  @Transactional
  void set(long eventId, String code) {
    String chosen = code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    if (chosen != null && !states.isOasState(chosen)) {
      throw new EventRefused("hostCountry", "events.admin.hostCountryUnknown");
    }
    jdbc.sql("update event_item set host_country = :code where id = :id")
        .param("code", chosen)
        .param("id", eventId)
        .update();
  }

  /** A host country's name in the reader's language. */
  String name(String code, Locale locale) {
    return states.name(code, locale);
  }
}
