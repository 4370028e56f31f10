package org.safeports.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures: the accounts table has every role, in the roles' order, with the number
 * of accounts holding it.
 */
@PortalTest
class DashboardFiguresTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;

  @Test
  void theAccountsTableCountsEveryRoleInOrder() {
    String email = TestAccounts.freshEmail("figures-editor");
    accounts.create(email, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();

    PortalClient.Response page = editor.get("/admin");
    assertThat(page.status()).isEqualTo(200);
    List<String> shown = new ArrayList<>();
    for (Element cell : Jsoup.parse(page.body()).select(".stats table tr td")) {
      shown.add(cell.text());
    }
    List<String> expected = new ArrayList<>();
    for (PortalRole role : PortalRole.values()) {
      expected.add(
          String.valueOf(
              jdbc.sql("select count(*) from account where role = ?")
                  .param(role.name())
                  .query(Long.class)
                  .single()));
    }
    assertThat(shown.subList(0, expected.size())).isEqualTo(expected);
  }
}
