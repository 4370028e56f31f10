package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Download;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin takes the filtered users list away as a CSV file that a spreadsheet opens safely. */
@PortalTest
class UserListExportTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void theAdminExportsTheFilteredListWithFormulasMadeText() {
    String prankster = TestAccounts.freshEmail("prankster");
    String other = TestAccounts.freshEmail("other");
    accounts.create(prankster, PortalRole.USER);
    accounts.create(other, PortalRole.USER);
    jdbc.sql("update account set display_name = '=HYPERLINK(\"http://x\")' where email = ?")
        .param(prankster)
        .update();
    PortalClient admin = signedIn(PortalRole.ADMIN);

    assertThat(admin.get("/admin/users?q=" + prankster).body())
        .contains("/admin/users/export.csv?q=" + prankster);
    Download file = admin.download("/admin/users/export.csv?q=" + prankster);

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(Arrays.copyOf(file.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(file.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFFull name,E-mail address,");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"," + prankster);
    assertThat(csv).doesNotContain(other);
  }

  @Test
  void anEditorMayNotExportTheUsers() {
    PortalClient editor = signedIn(PortalRole.EDITOR);

    assertThat(editor.get("/admin/users/export.csv").status()).isEqualTo(403);
  }
}
