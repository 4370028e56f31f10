package org.safeports.events;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zone to show a visitor's times in: a valid {@code tz} parameter (the no-JavaScript
 * choice, and what the browser's script asks for), else the zone saved on the person's account,
 * else the event's own zone.
 */
@Component
class VisitorZones {

  /** The zone shown, and whether the visitor chose it (else the browser may propose its own). */
  record Shown(ZoneId zone, boolean chosen) {}

  private final JdbcClient jdbc;

  VisitorZones(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ZoneId zoneFor(HttpServletRequest request, ZoneId fallback) {
    return parsed(request.getParameter("tz")).orElse(fallback);
  }

  Shown shown(HttpServletRequest request, Long accountId, ZoneId fallback) {
    Optional<ZoneId> asked = parsed(request.getParameter("tz"));
    if (asked.isPresent()) {
      return new Shown(asked.get(), true);
    }
    if (accountId != null) {
      Optional<ZoneId> saved = saved(accountId);
      if (saved.isPresent()) {
        return new Shown(saved.get(), true);
      }
    }
    return new Shown(fallback, false);
  }

  /** A zone name as typed, when it names one. */
  static Optional<ZoneId> parsed(String asked) {
    if (asked == null || asked.isBlank() || asked.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(asked.trim()));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  @Transactional(readOnly = true)
  Optional<ZoneId> saved(long accountId) {
    return jdbc.sql("select time_zone from event_visitor_zone where account_id = :id")
        .param("id", accountId)
        .query(String.class)
        .optional()
        .flatMap(VisitorZones::parsed);
  }

  @Transactional
  void save(long accountId, ZoneId zone) {
    jdbc.sql(
            """
            insert into event_visitor_zone (account_id, time_zone) values (:id, :zone)
            on conflict (account_id) do update set time_zone = excluded.time_zone
            """)
        .param("id", accountId)
        .param("zone", zone.getId())
        .update();
  }

  /** The zones offered in the choice: the Americas, the Atlantic, Europe, and UTC. */
  static List<String> choices() {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(
            z ->
                (z.startsWith("America/") || z.startsWith("Atlantic/") || z.startsWith("Europe/"))
                    && z.indexOf('/', z.indexOf('/') + 1) < 0)
        .sorted()
        .collect(
            java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(),
                list -> {
                  list.add(0, "UTC");
                  return List.copyOf(list);
                }));
  }
}
