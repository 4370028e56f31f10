package org.safeports.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

  @Test
  void removesAStalePidFileWhoseProcessIsGone(@TempDir Path data) throws Exception {
    Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
    EmbeddedPostgresServer.stopLeftoverPostmaster(data);
    assertThat(data.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void neverStopsAProcessThatIsNotPostgres(@TempDir Path data) throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Files.writeString(data.resolve("postmaster.pid"), sleeper.pid() + "\n");
      EmbeddedPostgresServer.stopLeftoverPostmaster(data);
      assertThat(sleeper.isAlive()).isTrue();
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void keepsItsDataAcrossARestartAfterTheProcessIsKilled(@TempDir Path data) throws Exception {
    EmbeddedPostgresServer first = EmbeddedPostgresServer.persistent(data);
    try (var c = java.sql.DriverManager.getConnection(first.jdbcUrl(), "postgres", "")) {
      c.createStatement().execute("create table harbour (name text)");
      c.createStatement().execute("insert into harbour values ('Callao')");
    }
    // Kill -9 the server: the pid file stays behind and names a dead process.
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    first.close(); // lets go of its lock in this JVM; a killed portal's JVM would be gone
    Files.writeString(data.resolve("postmaster.pid"), pid + "\n" + data + "\n");

    EmbeddedPostgresServer second = EmbeddedPostgresServer.persistent(data);
    try (var c = java.sql.DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
        var rs = c.createStatement().executeQuery("select name from harbour")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Callao");
    } finally {
      second.close();
    }
  }
}
