package org.safeports.support;

import org.safeports.platform.database.EmbeddedPostgresServer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL for every test: a Testcontainers PostgreSQL 17 where Docker runs, else the same
 * embedded PostgreSQL 17 the portal uses for development (throw-away, one per test run).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

  /** Every test can see how many statements a page costs. */
  @Bean
  static QueryCounter queryCounter() {
    return new QueryCounter();
  }

  @Bean
  @ServiceConnection
  @Conditional(DockerAvailable.class)
  PostgreSQLContainer postgresContainer() {
    return new PostgreSQLContainer("postgres:17-alpine");
  }

  @Bean
  @Conditional(DockerMissing.class)
  JdbcConnectionDetails embeddedPostgres() {
    return SharedEmbeddedPostgres.server().connectionDetails();
  }

  /** One embedded server for the whole run, stopped when the JVM ends. */
  static final class SharedEmbeddedPostgres {
    private static EmbeddedPostgresServer server;

    static synchronized EmbeddedPostgresServer server() {
      if (server == null) {
        server = EmbeddedPostgresServer.ephemeral();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      }
      return server;
    }
  }

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }

  static class DockerAvailable implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return dockerAvailable();
    }
  }

  static class DockerMissing implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !dockerAvailable();
    }
  }
}
