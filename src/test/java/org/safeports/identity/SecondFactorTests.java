package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class SecondFactorTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aUserTurnsOnAnAuthenticatorAppAndNeedsItToSignIn() {
    String email = TestAccounts.freshEmail("careful");
    accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);

    assertThat(
            client
                .post("/account/security/second-factor/start")
                .isRedirectTo("/account/security/second-factor"))
        .isTrue();
    String page = client.get("/account/security/second-factor").body();
    Matcher secret = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>").matcher(page);
    assertThat(secret.find()).isTrue();
    var qr = client.get("/account/security/second-factor/qr.svg");
    assertThat(qr.status()).isEqualTo(200);
    assertThat(qr.body()).startsWith("<svg");

    assertThat(client.post("/account/security/second-factor", "code", "000000").body())
        .contains("This code is not right");
    assertThat(
            client
                .post(
                    "/account/security/second-factor",
                    "code",
                    Totp.codeAt(secret.group(1), Totp.stepAt(java.time.Instant.now())))
                .isRedirectTo("/account/security"))
        .isTrue();
    String codesPage = client.get("/account/security").body();
    List<String> recovery =
        Pattern.compile("<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>")
            .matcher(codesPage)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(recovery).hasSize(10);
    assertThat(client.get("/account/security").body())
        .as("codes are shown once")
        .doesNotContain(recovery.get(0));
    client.post("/sign-out");

    // The password alone now leads only to the second step.
    PortalClient again = new PortalClient(port);
    assertThat(again.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/sign-in/second-factor"))
        .isTrue();
    assertThat(again.get("/account").isRedirectTo("/sign-in/second-factor")).isTrue();
    assertThat(again.get("/").body()).doesNotContain("/account\"");
    assertThat(again.post("/sign-in/second-factor", "code", "123456").body())
        .contains("This code is not right");
    assertThat(
            again
                .post("/sign-in/second-factor", "code", TestAccounts.nextCode(secret.group(1)))
                .isRedirectTo("/"))
        .isTrue();
    assertThat(again.get("/account").status()).isEqualTo(200);

    // A recovery code works once.
    PortalClient lostPhone = new PortalClient(port);
    lostPhone.signIn(email, TestAccounts.PASSWORD);
    assertThat(
            lostPhone
                .post("/sign-in/second-factor", "code", recovery.get(3).toUpperCase())
                .isRedirectTo("/"))
        .isTrue();
    PortalClient replay = new PortalClient(port);
    replay.signIn(email, TestAccounts.PASSWORD);
    assertThat(replay.post("/sign-in/second-factor", "code", recovery.get(3)).status())
        .isEqualTo(200);
  }

  @Test
  void theSecondFactorIsTurnedOffOnlyWithThePassword() {
    String email = TestAccounts.freshEmail("undo");
    String secret = accounts.createWithSecondFactor(email, PortalRole.ASSOCIATE);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    client.post("/sign-in/second-factor", "code", TestAccounts.nextCode(secret));
    assertThat(client.post("/account/security/second-factor/remove", "password", "wrong").body())
        .contains("The current password is not right.");
    assertThat(
            client
                .post("/account/security/second-factor/remove", "password", TestAccounts.PASSWORD)
                .isRedirectTo("/account/security"))
        .isTrue();
    client.post("/sign-out");
    assertThat(new PortalClient(port).signIn(email, TestAccounts.PASSWORD).isRedirectTo("/"))
        .isTrue();
  }

  /** A code the app does not show around now. */
  static String wrongCode(String secret) {
    long step = Totp.stepAt(java.time.Instant.now());
    java.util.Set<String> valid = new java.util.HashSet<>();
    for (long s = step - 3; s <= step + 3; s++) {
      valid.add(Totp.codeAt(secret, s));
    }
    for (int n = 0; ; n++) {
      String code = String.format("%06d", n);
      if (!valid.contains(code)) {
        return code;
      }
    }
  }

  static List<String> recoveryCodesOn(String page) {
    return Pattern.compile("<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>")
        .matcher(page)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  PortalClient signedIn(String email) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void wrongCodesAreCountedOnTheirOwnAndARightPasswordDoesNotResetThem() {
    String email = TestAccounts.freshEmail("guessed");
    String secret = accounts.createWithSecondFactor(email, PortalRole.DELEGATE);
    String wrong = wrongCode(secret);
    PortalClient first = new PortalClient(port);
    assertThat(first.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/sign-in/second-factor"))
        .isTrue();
    for (int i = 1; i < SignInThrottle.CODE_LIMIT; i++) {
      assertThat(first.post("/sign-in/second-factor", "code", wrong).body())
          .contains("This code is not right");
    }

    // Signing in again with the right password gives no fresh set of guesses.
    PortalClient second = new PortalClient(port);
    assertThat(second.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/sign-in/second-factor"))
        .isTrue();
    assertThat(second.post("/sign-in/second-factor", "code", wrong).body())
        .contains("Too many attempts");
    var refused = second.post("/sign-in/second-factor", "code", TestAccounts.nextCode(secret));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("Too many attempts");
    assertThat(second.get("/account").isRedirectTo("/sign-in/second-factor")).isTrue();
  }

  @Test
  void everyChangeOfTheSecondFactorEndsTheAccountsOtherSessions() {
    String email = TestAccounts.freshEmail("several");
    accounts.create(email, PortalRole.USER);
    PortalClient mine = signedIn(email);
    PortalClient elsewhere = signedIn(email);

    mine.post("/account/security/second-factor/start");
    Matcher secret =
        Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>")
            .matcher(mine.get("/account/security/second-factor").body());
    assertThat(secret.find()).isTrue();
    assertThat(
            mine.post(
                    "/account/security/second-factor",
                    "code",
                    TestAccounts.codeNow(secret.group(1)))
                .isRedirectTo("/account/security"))
        .isTrue();
    List<String> recovery = recoveryCodesOn(mine.get("/account/security").body());
    assertThat(elsewhere.get("/account").isRedirectTo("/sign-in")).as("enabled").isTrue();
    assertThat(mine.get("/account").status()).isEqualTo(200);

    PortalClient again = new PortalClient(port);
    again.signIn(email, TestAccounts.PASSWORD);
    assertThat(again.post("/sign-in/second-factor", "code", recovery.get(0)).isRedirectTo("/"))
        .isTrue();
    assertThat(mine.post("/account/security/recovery-codes").isRedirectTo("/account/security"))
        .isTrue();
    List<String> fresh = recoveryCodesOn(mine.get("/account/security").body());
    assertThat(again.get("/account").isRedirectTo("/sign-in")).as("new codes").isTrue();
    assertThat(mine.get("/account").status()).isEqualTo(200);

    PortalClient third = new PortalClient(port);
    third.signIn(email, TestAccounts.PASSWORD);
    assertThat(third.post("/sign-in/second-factor", "code", fresh.get(0)).isRedirectTo("/"))
        .isTrue();
    assertThat(
            mine.post("/account/security/second-factor/remove", "password", TestAccounts.PASSWORD)
                .isRedirectTo("/account/security"))
        .isTrue();
    assertThat(third.get("/account").isRedirectTo("/sign-in")).as("removed").isTrue();
    assertThat(mine.get("/account").status()).isEqualTo(200);
  }

  @Test
  void thePasswordThatRemovesTheSecondFactorIsThrottled() {
    String email = TestAccounts.freshEmail("removal");
    String secret = accounts.createWithSecondFactor(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    client.post("/sign-in/second-factor", "code", TestAccounts.nextCode(secret));
    for (int i = 0; i < SignInThrottle.PASSWORD_CHECK_LIMIT; i++) {
      assertThat(
              client
                  .post("/account/security/second-factor/remove", "password", "guess-" + i)
                  .body())
          .contains("The current password is not right.");
    }
    var refused =
        client.post("/account/security/second-factor/remove", "password", TestAccounts.PASSWORD);
    assertThat(refused.body()).contains("Too many attempts");
    assertThat(
            jdbc.sql("select totp_enabled from account where email = ?")
                .param(email)
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}
