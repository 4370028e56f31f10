package org.safeports.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in person's requests read their session but do not rewrite its row each time; what must
 * be stored still is: signing in, a last access older than a minute, signing out.
 */
@PortalTest
class SessionStoreWritesTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired SessionCopies copies;

  record Row(String sessionId, long lastAccess, long expiry) {}

  Row row(String email) {
    return jdbc.sql(
            "select session_id, last_access_time, expiry_time from spring_session"
                + " where principal_name = ?")
        .param(email)
        .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  @Test
  void pagesDoNotRewriteTheSessionUnlessItsLastAccessIsOlderThanAMinute() {
    String email = TestAccounts.freshEmail("session-writes");
    accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(302);
    Row signedIn = row(email);

    assertThat(client.get("/account").status()).isEqualTo(200);
    assertThat(client.get("/news").status()).isEqualTo(200);
    assertThat(row(email)).isEqualTo(signedIn);

    // A last access more than a minute ago is moved on, and the expiry with it.
    jdbc.sql(
            "update spring_session set last_access_time = last_access_time - 120000,"
                + " expiry_time = expiry_time - 120000 where principal_name = ?")
        .param(email)
        .update();
    // Changed behind the store's back: the copy read before goes, as no instance announced it.
    copies.invalidateAll();
    assertThat(client.get("/account").status()).isEqualTo(200);
    Row touched = row(email);
    assertThat(touched.sessionId()).isEqualTo(signedIn.sessionId());
    assertThat(touched.lastAccess()).isGreaterThanOrEqualTo(signedIn.lastAccess());
    assertThat(touched.expiry()).isGreaterThanOrEqualTo(signedIn.expiry());

    assertThat(client.post("/sign-out").status()).isEqualTo(302);
    assertThat(
            jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(client.get("/account").status()).isEqualTo(302);
  }

  /**
   * A session touched by a response that streams from inside a read-only transaction (the audit
   * export writes its rows there) is saved on its own connection: the export is whole and the
   * session moved on.
   */
  @Test
  void aSessionTouchedWhileAnExportStreamsIsSavedOutsideTheExportsTransaction() {
    String email = TestAccounts.freshEmail("session-export");
    accounts.create(email, PortalRole.ADMIN);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(302);
    Row signedIn = row(email);
    jdbc.sql(
            "update spring_session set last_access_time = last_access_time - 120000,"
                + " expiry_time = expiry_time - 120000 where principal_name = ?")
        .param(email)
        .update();
    copies.invalidateAll();

    PortalClient.Response export = client.get("/admin/audit/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).contains("When (UTC),Account id");
    assertThat(row(email).lastAccess()).isGreaterThan(signedIn.lastAccess() - 120000);
  }
}
