package org.safeports.platform.database;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Creation and change times of entities ({@link TimestampedEntity}, {@link VersionedEntity}) come
 * from Spring Data's auditing, read from the portal's one {@link Clock}: the same time the services
 * use for the rest of what they write.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "entityTimes")
class PersistenceConfiguration {

  @Bean
  DateTimeProvider entityTimes(Clock clock) {
    return () -> Optional.of(clock.instant());
  }
}
