package org.safeports.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in request reads its session from an in-memory copy, and whatever changes the session on
 * this instance shows on the very next request: signing out, a role changed by the secretariat, the
 * session ended from another one of the person's sessions, its time-out.
 */
@PortalTest
class SessionCopiesTests {

  static final String NEW_PASSWORD = "a-new-harbour-passphrase-2026";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired SessionCopies copies;
  @Autowired JdbcClient jdbc;

  PortalClient signedIn(String email) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  /** The statements of the session store a request sent. */
  static List<String> sessionStatements(Runnable request) {
    return QueryCounter.statementsOf(request).stream()
        .filter(sql -> sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION"))
        .toList();
  }

  /** Until the copy of the session is in memory (the sign-in's own change has been heard). */
  static void copied(PortalClient client) {
    long until = System.nanoTime() + 5_000_000_000L;
    while (!sessionStatements(() -> client.get("/account")).isEmpty()) {
      assertThat(System.nanoTime()).as("the session is copied").isLessThan(until);
      sleep(200);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRequestWhoseSessionIsCopiedDoesNotReadTheStoreAndSigningOutShowsAtOnce() {
    String email = TestAccounts.freshEmail("copied-session");
    accounts.create(email, PortalRole.USER);
    PortalClient client = signedIn(email);
    copied(client);
    assertThat(sessionStatements(() -> assertThat(client.get("/account").status()).isEqualTo(200)))
        .isEmpty();

    assertThat(client.post("/sign-out").status()).isEqualTo(302);
    assertThat(client.get("/account").isRedirectTo("/sign-in")).isTrue();
  }

  @Test
  void aRoleChangedByTheSecretariatShowsOnThePersonsNextRequest() {
    String email = TestAccounts.freshEmail("copied-role");
    long id = accounts.create(email, PortalRole.USER);
    PortalClient person = signedIn(email);
    String adminEmail = TestAccounts.freshEmail("copied-admin");
    accounts.create(adminEmail, PortalRole.ADMIN);
    PortalClient admin = signedIn(adminEmail);
    copied(person);

    assertThat(
            admin
                .post("/admin/users/" + id + "/role", "role", "EDITOR", "country", "PE")
                .isRedirectTo("/admin/users/" + id))
        .isTrue();
    // The role change ends the person's sessions: they sign in again and get the new rights.
    assertThat(person.get("/account").isRedirectTo("/sign-in")).isTrue();
  }

  @Test
  void aSessionEndedFromAnotherOfThePersonsSessionsIsGoneOnItsNextRequest() {
    String email = TestAccounts.freshEmail("copied-ended");
    accounts.create(email, PortalRole.DELEGATE);
    PortalClient mine = signedIn(email);
    PortalClient forgotten = signedIn(email);
    copied(forgotten);

    assertThat(
            mine.post(
                    "/account/password",
                    "currentPassword",
                    TestAccounts.PASSWORD,
                    "newPassword",
                    NEW_PASSWORD,
                    "confirmPassword",
                    NEW_PASSWORD)
                .isRedirectTo("/account"))
        .isTrue();
    assertThat(forgotten.get("/account").isRedirectTo("/sign-in")).isTrue();
    assertThat(mine.get("/account").status()).isEqualTo(200);
  }

  /** A copy never outlives the session's time-out, even while nothing else changed. */
  @Test
  void aSessionPastItsTimeOutIsNotServedFromItsCopy() {
    String email = TestAccounts.freshEmail("copied-expiry");
    accounts.create(email, PortalRole.USER);
    PortalClient client = signedIn(email);
    // A time-out of three seconds from now; the store's row as an operator would set it.
    jdbc.sql(
            "update spring_session set max_inactive_interval = 3,"
                + " last_access_time = (extract(epoch from clock_timestamp()) * 1000)::bigint,"
                + " expiry_time = (extract(epoch from clock_timestamp()) * 1000)::bigint + 3000"
                + " where principal_name = ?")
        .param(email)
        .update();
    long changed = System.nanoTime();
    copies.invalidateAll();
    copied(client);
    assertThat(System.nanoTime() - changed).isLessThan(3_000_000_000L);

    sleep(3_000 - (System.nanoTime() - changed) / 1_000_000 + 200);
    assertThat(client.get("/account").isRedirectTo("/sign-in")).isTrue();
    assertThat(
            jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();
  }
}
