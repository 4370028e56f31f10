package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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

/** Each sign-in and each change to an account leaves its entry in the audit log. */
@PortalTest
class IdentityAuditTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired AuditLog audit;
  @Autowired SignInThrottle throttle;

  List<AuditRecord> entries(String email, AuditAction action) {
    return audit
        .find(new AuditFilter(email, action, null, null, null), PageRequest.of(0, 20))
        .getContent();
  }

  @Test
  void aSignInAFailedOneAndASignOutAreRecordedWithTheAddress() {
    String email = TestAccounts.freshEmail("audited");
    long id = accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);

    client.signIn(email, "not-the-password");
    List<AuditRecord> failed = entries(email, AuditAction.SIGN_IN_FAILED);
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).accountId()).isEqualTo(id);
    assertThat(failed.get(0).objectId()).isEqualTo(String.valueOf(id));
    assertThat(failed.get(0).address()).isEqualTo("127.0.0.1");
    assertThat(failed.get(0).module()).isEqualTo("identity");
    assertThat(failed.get(0).detail()).contains("bad-credentials");

    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    List<AuditRecord> signedIn = entries(email, AuditAction.SIGN_IN);
    assertThat(signedIn).hasSize(1);
    assertThat(signedIn.get(0).name()).isEqualTo("Test USER");
    assertThat(signedIn.get(0).address()).isEqualTo("127.0.0.1");

    assertThat(client.post("/sign-out").status()).isEqualTo(302);
    assertThat(entries(email, AuditAction.SIGN_OUT)).hasSize(1);
  }

  @Test
  void aSignInToAnUnknownAddressIsRecordedByTheAddressTyped() {
    String nobody = TestAccounts.freshEmail("nobody");
    new PortalClient(port).signIn(nobody, "guess");
    List<AuditRecord> failed = entries(nobody, AuditAction.SIGN_IN_FAILED);
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).accountId()).isNull();
    assertThat(failed.get(0).email()).isEqualTo(nobody);
  }

  @Test
  void aThrottledSignInIsRecordedAsSuch() {
    String email = TestAccounts.freshEmail("throttled-audit");
    accounts.create(email, PortalRole.USER);
    // Failures counted from another address, so that this test's own address stays usable.
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      throttle.recordFailure(new SignInThrottle.Attempt(email, "192.0.2.10", null));
    }
    new PortalClient(port).signIn(email, TestAccounts.PASSWORD);
    List<AuditRecord> refused = entries(email, AuditAction.SIGN_IN_THROTTLED);
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).detail()).contains("throttled");
    assertThat(entries(email, AuditAction.SIGN_IN)).isEmpty();
  }

  @Test
  void aWrongSecondFactorCodeIsAFailedSignInAndTheRightOneASignIn() {
    String email = TestAccounts.freshEmail("two-step");
    String secret = accounts.createWithSecondFactor(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/sign-in/second-factor"))
        .isTrue();
    assertThat(entries(email, AuditAction.SIGN_IN)).isEmpty();
    client.post("/sign-in/second-factor", "code", "000000");
    List<AuditRecord> failed = entries(email, AuditAction.SIGN_IN_FAILED);
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).detail()).contains("second-factor");
    client.post("/sign-in/second-factor", "code", TestAccounts.nextCode(secret));
    assertThat(entries(email, AuditAction.SIGN_IN)).hasSize(1);
  }

  @Test
  void aCodeTypedAfterTooManyWrongOnesIsRecordedAsThrottled() {
    String email = TestAccounts.freshEmail("code-guesser");
    accounts.createWithSecondFactor(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    for (int i = 0; i < SignInThrottle.CODE_LIMIT; i++) {
      client.post("/sign-in/second-factor", "code", "000000");
    }
    assertThat(entries(email, AuditAction.SIGN_IN_THROTTLED)).isEmpty();
    client.post("/sign-in/second-factor", "code", "000000");
    List<AuditRecord> refused = entries(email, AuditAction.SIGN_IN_THROTTLED);
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).detail()).contains("second-factor");
  }

  @Test
  void aPasswordChangeAndASecondFactorAreRecordedAsTheOwners() {
    String email = TestAccounts.freshEmail("changes-password");
    long id = accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    client.get("/account");
    String fresh = "another-harbour-basin-2027";
    assertThat(
            client
                .post(
                    "/account/password",
                    "currentPassword",
                    TestAccounts.PASSWORD,
                    "newPassword",
                    fresh,
                    "confirmPassword",
                    fresh)
                .isRedirectTo("/account"))
        .isTrue();
    List<AuditRecord> changed = entries(email, AuditAction.PASSWORD_CHANGED);
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).accountId()).isEqualTo(id);
    assertThat(changed.get(0).address()).isEqualTo("127.0.0.1");

    String other = TestAccounts.freshEmail("second-factor");
    accounts.createWithSecondFactor(other, PortalRole.USER);
    assertThat(entries(other, AuditAction.SECOND_FACTOR_ENABLED)).hasSize(1);
  }

  @Test
  void anAdminsRoleChangeAndDisablingAreRecordedWithBeforeAndAfter() {
    String email = TestAccounts.freshEmail("promoted");
    long id = accounts.create(email, PortalRole.USER);
    PortalClient admin = new PortalClient(port);
    assertThat(
            admin
                .signIn("admin@demo.safeports.org", AccountBootstrap.DEMO_PASSWORD)
                .isRedirectTo("/"))
        .isTrue();
    admin.get("/admin/users/" + id);
    assertThat(
            admin
                .post("/admin/users/" + id + "/role", "role", "EDITOR", "country", "PE")
                .isRedirectTo("/admin/users/" + id))
        .isTrue();
    admin.post("/admin/users/" + id + "/enabled", "enabled", "false");

    List<AuditRecord> roles =
        audit
            .find(
                new AuditFilter(
                    "admin@demo.safeports.org", AuditAction.ROLE_CHANGED, null, null, null),
                PageRequest.of(0, 50))
            .getContent()
            .stream()
            .filter(r -> r.objectId().equals(String.valueOf(id)))
            .toList();
    assertThat(roles).hasSize(1);
    assertThat(roles.get(0).before()).contains("\"role\":\"USER\"").contains("\"country\":\"CR\"");
    assertThat(roles.get(0).after()).contains("\"role\":\"EDITOR\"").contains("\"country\":\"PE\"");

    List<AuditRecord> disabled =
        audit
            .find(
                new AuditFilter(
                    "admin@demo.safeports.org", AuditAction.ACCOUNT_DISABLED, null, null, null),
                PageRequest.of(0, 50))
            .getContent()
            .stream()
            .filter(r -> r.objectId().equals(String.valueOf(id)))
            .toList();
    assertThat(disabled).hasSize(1);
    assertThat(disabled.get(0).before()).contains("\"enabled\":true");
    assertThat(disabled.get(0).after()).contains("\"enabled\":false");
  }
}
