package org.safeports.platform.text;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The message source of the whole portal, in place of Spring Boot's, read from the same {@code
 * spring.messages.*} settings (Boot steps back when a bean named {@code messageSource} exists).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  @Bean
  @ConfigurationProperties("spring.messages")
  MessageSourceProperties messageSourceProperties() {
    return new MessageSourceProperties();
  }

  @Bean
  MessageSource messageSource(MessageSourceProperties properties) {
    IcuMessageSource source = new IcuMessageSource();
    source.setBasenames(properties.getBasename().toArray(String[]::new));
    java.nio.charset.Charset encoding = properties.getEncoding();
    if (encoding != null) {
      source.setDefaultEncoding(encoding.name());
    }
    source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
    java.time.Duration cacheDuration = properties.getCacheDuration();
    if (cacheDuration != null) {
      source.setCacheMillis(cacheDuration.toMillis());
    }
    source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
    source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
    return source;
  }
}
