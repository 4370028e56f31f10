package org.safeports.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A PostgreSQL 17 server run from the binaries on the class path. With a data directory it keeps
 * its data across restarts (fsync on); without one it is a throw-away server for tests.
 *
 * <p>It stops only when its owner closes it. The library's own JVM shutdown hook is off: it ran
 * alongside the application context's, stopped the server before the connection pool and the event
 * registry had finished with it, and left them waiting 30 s for a connection.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** A server whose data survives restarts, in {@code dataDirectory}. */
  public static EmbeddedPostgresServer persistent(Path dataDirectory) {
    return persistent(dataDirectory, 0);
  }

  /**
   * The same on a given port (0: a free one), so that a server stopped and started again is found
   * where clients left it, as a real database server would be.
   */
  public static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
    try {
      Files.createDirectories(dataDirectory);
      stopLeftoverPostmaster(dataDirectory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on");
      if (port > 0) {
        builder.setPort(port);
      }
      return new EmbeddedPostgresServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /** A throw-away server for a test run: nothing is kept, so durability settings stay off. */
  public static EmbeddedPostgresServer ephemeral() {
    try {
      return new EmbeddedPostgresServer(
          EmbeddedPostgres.builder()
              .setPGStartupWait(Duration.ofSeconds(60))
              .setRegisterShutdownHook(false)
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public int port() {
    return postgres.getPort();
  }

  public String username() {
    return "postgres";
  }

  public String password() {
    return "";
  }

  /** How Spring Boot's data source, Flyway and JPA reach this server. */
  public JdbcConnectionDetails connectionDetails() {
    return new JdbcConnectionDetails() {
      @Override
      public String getUsername() {
        return username();
      }

      @Override
      public String getPassword() {
        return password();
      }

      @Override
      public String getJdbcUrl() {
        return jdbcUrl();
      }
    };
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("The embedded PostgreSQL did not stop cleanly", e);
    }
  }

  /**
   * After a {@code kill -9} of the portal, its postgres child lives on and holds the data
   * directory: the next start would fail on {@code postmaster.pid}. Stop that process first.
   */
  static void stopLeftoverPostmaster(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> leftover = postmasterOf(pidFile);
    if (leftover.isPresent()) {
      ProcessHandle process = leftover.get();
      log.info("Stopping a PostgreSQL left running by an earlier run (pid {})", process.pid());
      process.destroy();
      try {
        process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
    Files.deleteIfExists(pidFile);
  }

  private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
  }
}
