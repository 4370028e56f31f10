package org.safeports.platform.web;

import java.time.Instant;
import java.util.Optional;

/**
 * A module whose pages change by themselves at a set time (scheduled publishing) says when the next
 * such change is due, so that cached pages are not kept past it.
 */
public interface ScheduledVisibility {

  Optional<Instant> nextChangeAfter(Instant now);
}
