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

@PortalTest
class SecondFactorTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

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
}
