package org.safeports.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.web.CsvExport;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Download;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The log cannot be rewritten, and the admin's screen filters it and exports it safely. */
@PortalTest
class AuditLogTests {

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired MessageSource messages;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  long anyEntry() {
    audit.record(
        AuditEntry.of(AuditAction.SIGN_IN, 1)
            .by(AuditActor.typed(TestAccounts.freshEmail("trigger"))));
    return jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
  }

  @Test
  void theApplicationsOwnConnectionCanNeitherUpdateNorDeleteNorTruncateTheLog() throws Exception {
    long id = anyEntry();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () -> statement.executeUpdate("update audit_entry set action = 'X' where id = " + id))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.executeUpdate("delete from audit_entry where id = " + id))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.executeUpdate("truncate audit_entry"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(
            jdbc.sql("select action from audit_entry where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("SIGN_IN");
  }

  @Test
  void anEditorMayNotSeeTheLogNorExportIt() {
    PortalClient editor = signedIn(PortalRole.EDITOR);
    assertThat(editor.get("/admin/audit").status()).isEqualTo(403);
    assertThat(editor.get("/admin/audit/export").status()).isEqualTo(403);
    assertThat(editor.get("/admin").body()).doesNotContain("/admin/audit");
  }

  @Test
  void theScreenFiltersByWhoWhatModuleAndDate() {
    String alice = TestAccounts.freshEmail("alice");
    String bob = TestAccounts.freshEmail("bob");
    // Object ids no real row has: other tests look up the entries of the pieces they create.
    audit.record(AuditEntry.of(AuditAction.SIGN_IN, -11).by(AuditActor.typed(alice)));
    audit.record(AuditEntry.of(AuditAction.PIECE_DECLINED, -12).by(AuditActor.typed(alice)));
    audit.record(AuditEntry.of(AuditAction.SIGN_IN, -13).by(AuditActor.typed(bob)));
    PortalClient admin = signedIn(PortalRole.ADMIN);

    Response all = admin.get("/admin/audit");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body()).contains(alice).contains(bob).contains("Audit log");
    // Newest first.
    assertThat(all.body().indexOf(bob)).isLessThan(all.body().indexOf(alice));

    String byAlice = admin.get("/admin/audit?email=" + alice.toUpperCase()).body();
    assertThat(byAlice)
        .contains(alice)
        .doesNotContain(bob)
        .contains("2 entries")
        .contains("href=\"/admin/audit/export?email=" + alice.toUpperCase() + "\"");

    String signIns = admin.get("/admin/audit?email=" + alice + "&action=SIGN_IN").body();
    assertThat(signIns).contains("One entry").contains("Signed in");

    String voices = admin.get("/admin/audit?email=" + alice + "&module=voices").body();
    assertThat(voices).contains("One entry").contains("Port Voices piece declined");

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(admin.get("/admin/audit?email=" + bob + "&from=" + today + "&to=" + today).body())
        .contains("One entry");
    assertThat(admin.get("/admin/audit?email=" + bob + "&to=" + today.minusDays(1)).body())
        .contains("No entry matches");
    assertThat(admin.get("/admin/audit?email=" + bob + "&from=" + today.plusDays(1)).body())
        .contains("No entry matches");
  }

  @Test
  void theScreenAndItsExportFilterByTheObjectItsKindAndItsId() {
    String carol = TestAccounts.freshEmail("carol");
    audit.record(AuditEntry.of(AuditAction.WORK_CLAIMED, "voices:-21").by(AuditActor.typed(carol)));
    audit.record(AuditEntry.of(AuditAction.WORK_LEFT, "voices:-21").by(AuditActor.typed(carol)));
    audit.record(AuditEntry.of(AuditAction.PIECE_DECLINED, -21).by(AuditActor.typed(carol)));
    PortalClient admin = signedIn(PortalRole.ADMIN);

    String items = admin.get("/admin/audit?email=" + carol + "&objectType=work-item").body();
    assertThat(items).contains("2 entries").contains("Queue item taken");
    String one = admin.get("/admin/audit?email=" + carol + "&objectType=piece&objectId=-21").body();
    assertThat(one).contains("One entry").contains("Port Voices piece declined");
    String csv =
        new String(
            admin.download("/admin/audit/export?email=" + carol + "&objectId=voices:-21").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv.lines().count()).isEqualTo(3);
    assertThat(csv).contains("voices:-21").doesNotContain("PIECE_DECLINED");

    Response unknown = admin.get("/admin/audit?objectType=no-such-kind&objectId=x");
    assertThat(unknown.body())
        .contains("Choose a kind of object from the list.")
        .contains("value=\"x\"");
  }

  /** No address of the portal changes or removes an entry: the screen and its export only read. */
  @Test
  void noRouteEditsOrDeletesTheLog(
      @Autowired
          @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
          org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
              mappings) {
    java.util.List<String> auditRoutes = new java.util.ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (method.getBeanType().equals(AuditController.class)) {
                auditRoutes.add(
                    info.getMethodsCondition().getMethods() + " " + info.getPatternValues());
              }
            });
    assertThat(auditRoutes)
        .containsExactlyInAnyOrder("[GET] [/admin/audit]", "[GET] [/admin/audit/export]");
    PortalClient admin = signedIn(PortalRole.ADMIN);
    long id = anyEntry();
    for (String path :
        java.util.List.of("/admin/audit", "/admin/audit/export", "/admin/audit/" + id)) {
      assertThat(admin.post(path, "id", Long.toString(id)).status()).as(path).isIn(403, 404, 405);
    }
    assertThat(
            jdbc.sql("select count(*) from audit_entry where id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aDateThatIsNotOneGetsAMessageNextToItsField() {
    PortalClient admin = signedIn(PortalRole.ADMIN);
    Response page = admin.get("/admin/audit?from=31/12/2026&to=2026-02-30&email=kept%40x.org");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"from-error\"")
        .contains("id=\"to-error\"")
        .contains("This is not a date")
        .contains("value=\"31/12/2026\"")
        .contains("value=\"kept@x.org\"");
    assertThat(admin.get("/admin/audit?page=abc").status()).isEqualTo(200);
    assertThat(admin.get("/admin/audit?page=2147483647").status()).isEqualTo(200);
    assertThat(admin.get("/admin/audit?action=NOT_AN_ACTION").body())
        .contains("id=\"action-error\"");
    assertThat(admin.get("/admin/audit/export?from=yesterday").body())
        .contains("id=\"from-error\"");
    assertThat(admin.language("es").get("/admin/audit?from=ayer").body())
        .contains("Esto no es una fecha");
  }

  @Test
  void theExportIsUtf8WithAByteOrderMarkAndFormulasAreDefused() {
    String email = TestAccounts.freshEmail("export");
    audit.record(
        AuditEntry.of(AuditAction.ROLE_CHANGED, 21)
            .change(AuditEntry.fields("role", "USER"), AuditEntry.fields("role", "DELEGATE"))
            .by(new AuditActor(21L, email, "=HYPERLINK(\"http://evil.example\";\"Müller\")")));
    audit.record(
        AuditEntry.of(AuditAction.SIGN_IN, 22).by(new AuditActor(22L, email, "@SUM(A1:A9)")));
    audit.record(AuditEntry.of(AuditAction.SIGN_IN, 23).by(new AuditActor(23L, email, "+1-2")));
    audit.record(AuditEntry.of(AuditAction.SIGN_IN, 24).by(new AuditActor(24L, email, "-3+4")));
    PortalClient admin = signedIn(PortalRole.ADMIN);

    Download csv = admin.download("/admin/audit/export?email=" + email);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    byte[] body = csv.body();
    assertThat(body[0] & 0xff).isEqualTo(0xEF);
    assertThat(body[1] & 0xff).isEqualTo(0xBB);
    assertThat(body[2] & 0xff).isEqualTo(0xBF);
    String text = new String(body, StandardCharsets.UTF_8).substring(1);
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).startsWith("When (UTC),Account id,E-mail,Name");
    assertThat(lines).hasSize(5);
    assertThat(text)
        .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Müller\"\")\",")
        .contains(",'@SUM(A1:A9),")
        .contains(",'+1-2,")
        .contains(",'-3+4,")
        .contains("\"{\"\"role\"\":\"\"USER\"\"}\"");
  }

  @Test
  void everyActionModuleObjectAndColumnHasALabelInEachLanguage() {
    for (String language : List.of("en", "es", "pt", "fr")) {
      for (String key : AuditController.labelKeys().toList()) {
        assertThat(messages.getMessage(key, null, Locale.forLanguageTag(language)))
            .as(key + " in " + language)
            .isNotBlank();
      }
    }
  }

  @Test
  void aCellIsDefusedOnlyWhenItStartsLikeAFormula() {
    assertThat(CsvExport.neutralised("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvExport.neutralised("+1")).isEqualTo("'+1");
    assertThat(CsvExport.neutralised("-1")).isEqualTo("'-1");
    assertThat(CsvExport.neutralised("@A1")).isEqualTo("'@A1");
    assertThat(CsvExport.neutralised("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvExport.neutralised("a=1")).isEqualTo("a=1");
    assertThat(CsvExport.neutralised("2026-12-01T08:00:00Z")).isEqualTo("2026-12-01T08:00:00Z");
    assertThat(CsvExport.neutralised("")).isEmpty();
  }
}
