package org.safeports.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, in place of Spring Boot's own check (which
 * borrows a connection and so waits for the pool, two seconds and more when the database is down).
 * It answers from what the background read of the public pages' version saw once a second: DOWN as
 * soon as an outage is known, and DOWN too when that read has not come back for ten seconds (a
 * database that hangs rather than refuses).
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

  static final Duration SILENCE = Duration.ofSeconds(10);

  private final DatabaseOutage outage;
  private final Clock clock;
  private final Instant started;

  DatabaseHealth(DatabaseOutage outage, Clock clock) {
    this.outage = outage;
    this.clock = clock;
    this.started = clock.instant();
  }

  @Override
  public Health health() {
    Instant since = outage.since();
    if (since != null) {
      return Health.down().withDetail("unreachableSince", since.toString()).build();
    }
    Instant reached = outage.lastReached();
    Instant now = clock.instant();
    if (Duration.between(reached == null ? started : reached, now).compareTo(SILENCE) > 0) {
      return Health.down().withDetail("lastAnswer", String.valueOf(reached)).build();
    }
    return Health.up().build();
  }
}
