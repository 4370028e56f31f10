package org.safeports.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditFilter;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.audit.AuditRecord;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A delegate's appointment and removal reach the person's open session: the same session (its
 * cookie, never signed in again) opens the delegates' pages after the appointment and is refused
 * them after the removal. Identity records each role change in the audit log.
 */
@PortalTest
class DelegateSessionTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  @Test
  void theAppointmentAndTheRemovalReachTheOpenSession() {
    String email = TestAccounts.freshEmail("session");
    long id = accounts.create(email, PortalRole.USER);
    PortalClient person = new PortalClient(port);
    assertThat(person.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    assertThat(person.get("/library/country").status()).isEqualTo(403);

    PortalClient admin = new PortalClient(port);
    assertThat(admin.signIn("admin@demo.safeports.org", "harbour-demo-2026").isRedirectTo("/"))
        .isTrue();
    admin.get("/admin/members/delegates");
    assertThat(
            admin
                .post(
                    "/admin/members/delegates",
                    "country",
                    "PE",
                    "email",
                    email,
                    "displayName",
                    "",
                    "position",
                    "Asesor",
                    "phone",
                    "",
                    "language",
                    "es")
                .isRedirectTo("/admin/members/delegates"))
        .isTrue();

    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> person.get("/library/country").status() == 200);
    assertThat(person.get("/library/country").body()).contains("Peru");
    assertThat(person.get("/account").status()).as("still signed in").isEqualTo(200);
    List<AuditRecord> toDelegate = roleChanges(id);
    assertThat(toDelegate).hasSize(1);
    assertThat(toDelegate.get(0).before()).contains("\"role\":\"USER\"");
    assertThat(toDelegate.get(0).after())
        .contains("\"role\":\"DELEGATE\"")
        .contains("\"country\":\"PE\"");

    long delegate =
        jdbc.sql("select id from delegate where account_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    admin.get("/admin/members/delegates/" + delegate + "/remove");
    assertThat(
            admin
                .post("/admin/members/delegates/" + delegate + "/remove")
                .isRedirectTo("/admin/members/delegates"))
        .isTrue();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> person.get("/library/country").status() == 403);
    assertThat(person.get("/account").status()).as("still signed in").isEqualTo(200);
    List<AuditRecord> changes = roleChanges(id);
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).after()).contains("\"role\":\"USER\"");
  }

  /** The role changes recorded for the account, newest first. */
  List<AuditRecord> roleChanges(long accountId) {
    return audit
        .find(
            new AuditFilter(null, AuditAction.ROLE_CHANGED, null, null, null),
            PageRequest.of(0, 200))
        .getContent()
        .stream()
        .filter(r -> String.valueOf(accountId).equals(r.objectId()))
        .toList();
  }
}
