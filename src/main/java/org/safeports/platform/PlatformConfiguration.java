package org.safeports.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  /** One clock for every module, so that tests can move time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
