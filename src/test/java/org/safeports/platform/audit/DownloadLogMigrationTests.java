package org.safeports.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two migrations that bring the audit log move the download log's existing rows into it, and
 * the view that replaces the table reads them back as the table had them. Run in a schema of its
 * own inside one transaction that is rolled back, so the portal's tables are not touched.
 */
@PortalTest
class DownloadLogMigrationTests {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Autowired DataSource dataSource;

  @Test
  void theDownloadsRecordedBeforeMoveIntoTheAuditLogAndTheViewReadsThem() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement sql = connection.createStatement()) {
        sql.execute("create schema audit_migration_check");
        sql.execute("set local search_path to audit_migration_check");
        sql.execute(
            """
            create table account (id bigint primary key);
            create table library_document (id bigint primary key);
            insert into account values (7);
            insert into library_document values (42);
            create table library_download (
                id bigint generated always as identity primary key,
                document_id bigint not null references library_document (id),
                version_number integer not null,
                account_id bigint references account (id),
                account_email varchar(320) not null,
                account_name varchar(120) not null,
                access_level varchar(10) not null,
                downloaded_at timestamp with time zone not null);
            insert into library_download (document_id, version_number, account_id, account_email,
                account_name, access_level, downloaded_at)
            values (42, 3, 7, 'ana@example.org', 'Ana', 'DELEGATES', '2026-11-20T10:00:00Z'),
                   (42, 1, 7, 'ana@example.org', 'Ana', 'MEMBERS', '2026-11-21T10:00:00Z');
            """);
        sql.execute(
            Files.readString(
                MIGRATIONS.resolve("platform/V2026_12_01_0700__platform_audit_log.sql")));
        sql.execute(
            Files.readString(
                MIGRATIONS.resolve(
                    "library/V2026_12_01_0710__library_downloads_in_audit_log.sql")));

        try (ResultSet moved =
            sql.executeQuery(
                "select module, action, object_type, object_id, account_email"
                    + " from audit_entry order by occurred_at")) {
          assertThat(moved.next()).isTrue();
          assertThat(moved.getString(1)).isEqualTo("library");
          assertThat(moved.getString(2)).isEqualTo(AuditAction.DOCUMENT_DOWNLOADED.name());
          assertThat(moved.getString(3)).isEqualTo("document");
          assertThat(moved.getString(4)).isEqualTo("42");
          assertThat(moved.getString(5)).isEqualTo("ana@example.org");
          assertThat(moved.next()).isTrue();
          assertThat(moved.next()).isFalse();
        }
        try (ResultSet view =
            sql.executeQuery(
                "select document_id, version_number, account_id, account_name, access_level"
                    + " from library_download order by downloaded_at desc")) {
          assertThat(view.next()).isTrue();
          assertThat(view.getLong(1)).isEqualTo(42);
          assertThat(view.getInt(2)).isEqualTo(1);
          assertThat(view.getLong(3)).isEqualTo(7);
          assertThat(view.getString(4)).isEqualTo("Ana");
          assertThat(view.getString(5)).isEqualTo("MEMBERS");
          assertThat(view.next()).isTrue();
          assertThat(view.getInt(2)).isEqualTo(3);
          assertThat(view.getString(5)).isEqualTo("DELEGATES");
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
  }
}
