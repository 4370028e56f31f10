package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Production's rule: editors and admins cannot get in without a second factor. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "safeports.require-second-factor-for-staff=true")
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class StaffSecondFactorTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void anEditorWithoutASecondFactorMustSetOneUpBeforeAnythingElse() {
    String email = TestAccounts.freshEmail("editor");
    accounts.create(email, PortalRole.EDITOR);
    PortalClient client = new PortalClient(port);
    assertThat(
            client
                .signIn(email, TestAccounts.PASSWORD)
                .isRedirectTo("/sign-in/second-factor/set-up"))
        .isTrue();
    assertThat(client.get("/admin").isRedirectTo("/sign-in/second-factor/set-up")).isTrue();
    assertThat(client.get("/account").isRedirectTo("/sign-in/second-factor/set-up")).isTrue();

    String page = client.get("/sign-in/second-factor/set-up").body();
    Matcher secret = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>").matcher(page);
    assertThat(secret.find()).isTrue();
    assertThat(client.get("/sign-in/second-factor/qr.svg").status()).isEqualTo(200);
    assertThat(client.post("/sign-in/second-factor/set-up", "code", "000000").body())
        .contains("This code is not right");
    assertThat(
            client
                .post(
                    "/sign-in/second-factor/set-up", "code", TestAccounts.nextCode(secret.group(1)))
                .isRedirectTo("/account/security"))
        .isTrue();
    assertThat(client.get("/admin").status()).isEqualTo(200);
    assertThat(
            client
                .post("/account/security/second-factor/remove", "password", TestAccounts.PASSWORD)
                .body())
        .contains("Secretariat staff must keep a second factor.");
  }

  @Test
  void aRegisteredUserIsNotAskedForOne() {
    String email = TestAccounts.freshEmail("user");
    accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    assertThat(client.get("/sign-in/second-factor/set-up").status()).isEqualTo(403);
  }
}
