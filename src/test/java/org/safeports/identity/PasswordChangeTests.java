package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Changing the password from the account page. */
@PortalTest
class PasswordChangeTests {

  static final String NEW_PASSWORD = "a-harbour-pilot-at-dawn";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  PortalClient signedIn(String email) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  Response change(PortalClient client, String current) {
    return client.post(
        "/account/password",
        "currentPassword",
        current,
        "newPassword",
        NEW_PASSWORD,
        "confirmPassword",
        NEW_PASSWORD);
  }

  @Test
  void aNewPasswordEndsTheAccountsOtherSessionsAndKeepsThisOne() {
    String email = TestAccounts.freshEmail("changer");
    accounts.create(email, PortalRole.DELEGATE);
    PortalClient mine = signedIn(email);
    PortalClient forgottenOnAShipsComputer = signedIn(email);

    assertThat(change(mine, TestAccounts.PASSWORD).isRedirectTo("/account")).isTrue();
    assertThat(mine.get("/account").status()).isEqualTo(200);
    assertThat(forgottenOnAShipsComputer.get("/account").isRedirectTo("/sign-in")).isTrue();
    assertThat(new PortalClient(port).signIn(email, NEW_PASSWORD).isRedirectTo("/")).isTrue();
  }

  @Test
  void theCurrentPasswordCannotBeGuessedFromAnOpenSession() {
    String email = TestAccounts.freshEmail("guessing");
    accounts.create(email, PortalRole.USER);
    PortalClient session = signedIn(email);
    for (int i = 0; i < SignInThrottle.PASSWORD_CHECK_LIMIT; i++) {
      assertThat(change(session, "a-guess-" + i).body())
          .contains("The current password is not right.");
    }
    Response refused = change(session, TestAccounts.PASSWORD);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("Too many attempts");
    assertThat(new PortalClient(port).signIn(email, TestAccounts.PASSWORD).isRedirectTo("/"))
        .as("the password did not change")
        .isTrue();
  }
}
