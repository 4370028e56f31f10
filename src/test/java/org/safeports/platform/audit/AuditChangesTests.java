package org.safeports.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit log's screen shows an entry's change as a table of the fields that changed, named in
 * the reader's language, with their values as text: no JSON on the page, and a script stored in an
 * audited field is shown, not run. The CSV export keeps the JSON.
 */
@PortalTest
class AuditChangesTests {

  static final String SCRIPT = "<script>alert('audit')</script>";
  static final String IMAGE = "<img src=x onerror=alert(2)>";

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired TestAccounts accounts;

  PortalClient admin() {
    String email = TestAccounts.freshEmail("audit-changes-admin");
    accounts.create(email, PortalRole.ADMIN);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  String recordChange() {
    String actor = TestAccounts.freshEmail("audit-changes");
    audit.record(
        AuditEntry.of(AuditAction.ROLE_CHANGED, 41)
            .change(
                AuditEntry.fields(
                    "role", "USER", "organisation", SCRIPT, "enabled", true, "country", null),
                AuditEntry.fields(
                    "role", "DELEGATE", "organisation", IMAGE, "enabled", true, "country", "PE"))
            .detail(AuditEntry.fields("reason", "\"}{<b>bold</b>"))
            .by(AuditActor.typed(actor)));
    return actor;
  }

  @Test
  void aChangeIsATableOfTheFieldsThatChangedWithTheirValuesAsText() {
    String actor = recordChange();
    PortalClient admin = admin();
    String html = admin.get("/admin/audit?email=" + actor).body();
    Document page = Jsoup.parse(html);
    Element changes = page.selectFirst("main table.audit-changes");
    assertThat(changes).isNotNull();
    assertThat(changes.select("thead th").eachText()).containsExactly("Field", "Before", "After");
    assertThat(changes.select("tbody th").eachText())
        .as("only what changed, in order")
        .containsExactly("Role", "Organisation", "Country");
    assertThat(changes.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("USER", "DELEGATE");
    assertThat(changes.select("tbody tr").get(1).select("td").eachText())
        .containsExactly(SCRIPT, IMAGE);
    assertThat(changes.select("tbody tr").get(2).select("td").eachText())
        .containsExactly("(none)", "PE");
    assertThat(page.select("main dl.audit-details dt").eachText()).containsExactly("Reason");
    assertThat(page.select("main dl.audit-details dd").eachText())
        .containsExactly("\"}{<b>bold</b>");

    assertThat(html).doesNotContain(SCRIPT).doesNotContain(IMAGE).doesNotContain("<b>bold");
    assertThat(page.select("main script, main img, main b")).isEmpty();
    assertThat(page.select("main").text()).doesNotContain("{\"").doesNotContain("\":");

    Document spanish = Jsoup.parse(admin.language("es").get("/admin/audit?email=" + actor).body());
    assertThat(spanish.select("main table.audit-changes tbody th").eachText())
        .containsExactly("Rol", "Organización", "País");
    assertThat(spanish.select("main table.audit-changes thead th").eachText())
        .containsExactly("Campo", "Antes", "Después");
  }

  @Test
  void theExportKeepsTheJson() {
    String actor = recordChange();
    PortalClient.Download csv = admin().download("/admin/audit/export?email=" + actor);
    assertThat(csv.status()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).contains("\"\"role\"\":\"\"DELEGATE\"\"");
  }
}
