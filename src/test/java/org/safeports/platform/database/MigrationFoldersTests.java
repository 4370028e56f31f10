package org.safeports.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every migration in the source tree has run on the test database, whichever folder it sits in: a
 * module that adds a folder under {@code db/migration} gets its tables without anyone having to
 * name the folder in the configuration.
 */
@PortalTest
class MigrationFoldersTests {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Autowired JdbcClient jdbc;

  @Test
  void everyMigrationUnderEveryFolderHasRun() throws IOException {
    List<String> applied =
        jdbc
            .sql("select script from flyway_schema_history where success")
            .query(String.class)
            .list()
            .stream()
            .map(MigrationFoldersTests::fileName)
            .toList();

    List<String> inTheTree = migrationsInTheTree();
    assertThat(inTheTree).hasSizeGreaterThan(1);
    assertThat(applied).containsAll(inTheTree);
  }

  static List<String> migrationsInTheTree() throws IOException {
    try (Stream<Path> files = Files.walk(MIGRATIONS)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".sql"))
          .map(file -> file.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /** Flyway records a script by its path below the location it was found in. */
  static String fileName(String script) {
    return script.substring(script.lastIndexOf('/') + 1);
  }
}
