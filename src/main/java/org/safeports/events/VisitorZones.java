package org.safeports.events;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The time zone to show a visitor's times in: a valid {@code tz} parameter (the no-JavaScript
 * choice), else the event's own zone. The events part extends this with the zone saved on the
 * person's account and the one their browser reports.
 */
@Component
class VisitorZones {

  ZoneId zoneFor(HttpServletRequest request, ZoneId fallback) {
    String asked = request.getParameter("tz");
    if (asked != null && !asked.isBlank() && asked.length() <= 64) {
      try {
        return ZoneId.of(asked);
      } catch (DateTimeException unknown) {
        return fallback;
      }
    }
    return fallback;
  }
}
