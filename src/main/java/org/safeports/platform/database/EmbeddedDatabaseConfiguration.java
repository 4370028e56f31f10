package org.safeports.platform.database;

import java.nio.file.Path;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * When no database URL is configured, the portal runs on an embedded PostgreSQL whose data lives in
 * {@code safeports.embedded-database.directory} (by default {@code .data/postgres} in the working
 * directory, ignored by git). Tests bring their own server and switch this off.
 *
 * <p>The server is a bean that the connection details, and so the data source and everything built
 * on it, depend on: the context closes them first and stops the server last.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(
      org.springframework.core.env.Environment environment) {
    String directory =
        environment.getProperty("safeports.embedded-database.directory", ".data/postgres");
    return EmbeddedPostgresServer.persistent(Path.of(directory).toAbsolutePath());
  }

  @Bean
  JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
    return server.connectionDetails();
  }

  static class NoDatabaseConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      var env = context.getEnvironment();
      return !StringUtils.hasText(env.getProperty("spring.datasource.url"))
          && env.getProperty("safeports.embedded-database.enabled", Boolean.class, true);
    }
  }
}
