package org.safeports.content;

import java.time.Clock;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The two kinds of item content gives the site search, one source each. */
@Configuration(proxyBeanMethods = false)
class ContentSearchSources {

  @Bean
  SearchSource newsSearchSource(
      JdbcClient jdbc, ContentAddressLanguages addresses, MarkdownRenderer markdown, Clock clock) {
    return new ContentSearchSource(ContentKind.NEWS, jdbc, addresses, markdown, clock);
  }

  @Bean
  SearchSource pageSearchSource(
      JdbcClient jdbc, ContentAddressLanguages addresses, MarkdownRenderer markdown, Clock clock) {
    return new ContentSearchSource(ContentKind.PAGE, jdbc, addresses, markdown, clock);
  }
}
