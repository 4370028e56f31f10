package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.SignInThrottle.Attempt;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong passwords close sign-in for an account at one address, for one address, and for an account
 * from devices it never signed in on; never for the owner's own device.
 */
@PortalTest
class FloodControlTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired SignInThrottle throttle;

  /** Every test's requests come from this machine: its own count must not close other tests. */
  @BeforeEach
  @AfterEach
  void forgetThisMachinesFailures() {
    jdbc.sql("delete from sign_in_throttle where throttle_key like 'address:%'").update();
  }

  static Attempt from(String email, String address) {
    return new Attempt(email, address, null);
  }

  @Test
  void theOwnersDeviceIsLetInWhileAnAttackerHasClosedTheAccount() {
    String email = TestAccounts.freshEmail("owner");
    accounts.create(email, PortalRole.ADMIN);
    PortalClient owner = new PortalClient(port);
    assertThat(owner.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    owner.post("/sign-out");

    PortalClient attacker = new PortalClient(port);
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      attacker.signIn(email, "a-guess-at-the-password-" + i);
    }
    assertThat(attacker.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/sign-in")).isTrue();
    assertThat(attacker.get("/sign-in").body()).contains("Too many attempts to sign in");

    Response ownerAgain = owner.signIn(email, TestAccounts.PASSWORD);
    assertThat(ownerAgain.isRedirectTo("/")).as(ownerAgain.location().orElse("")).isTrue();
    assertThat(owner.get("/account").status()).isEqualTo(200);
  }

  @Test
  void aDeviceCookieVouchesOnlyForTheAccountThatSignedInOnIt() {
    String victim = TestAccounts.freshEmail("victim");
    accounts.create(victim, PortalRole.EDITOR);
    String own = TestAccounts.freshEmail("intruder");
    accounts.create(own, PortalRole.USER);
    PortalClient attacker = new PortalClient(port);
    assertThat(attacker.signIn(own, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    attacker.post("/sign-out");

    for (int i = 0; i < SignInThrottle.ACCOUNT_AT_ADDRESS_LIMIT; i++) {
      attacker.signIn(victim, "a-guess-at-the-password-" + i);
    }
    assertThat(attacker.signIn(victim, TestAccounts.PASSWORD).isRedirectTo("/sign-in")).isTrue();
    assertThat(attacker.get("/sign-in").body()).contains("Too many attempts to sign in");
  }

  @Test
  void failuresAtOneAddressDoNotCloseTheAccountAtAnother() {
    String email = TestAccounts.freshEmail("far");
    for (int i = 0; i < SignInThrottle.ACCOUNT_AT_ADDRESS_LIMIT; i++) {
      throttle.recordFailure(from(email, "203.0.113.9"));
    }
    assertThat(throttle.isBlocked(from(email, "203.0.113.9"))).isTrue();
    assertThat(throttle.isBlocked(from(email, "198.51.100.4"))).isFalse();
    assertThat(throttle.isBlocked(from(TestAccounts.freshEmail("other"), "203.0.113.9")))
        .as("the address is not closed for other accounts")
        .isFalse();
  }

  @Test
  void manyAddressesCloseTheAccountToNewDevicesButNotToItsOwn() {
    String email = TestAccounts.freshEmail("popular");
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      throttle.recordFailure(from(email, "203.0.113." + (100 + i)));
    }
    assertThat(throttle.isBlocked(from(email, "198.51.100.4"))).isTrue();
    Attempt ownDevice = new Attempt(email, "198.51.100.4", "device-" + email);
    assertThat(throttle.isBlocked(ownDevice)).isFalse();

    // A device that fails too often itself is treated as any other from then on.
    for (int i = 0; i < SignInThrottle.DEVICE_LIMIT; i++) {
      throttle.recordFailure(ownDevice);
    }
    assertThat(throttle.isBlocked(ownDevice)).isTrue();
  }

  @Test
  void oneAddressTryingManyAccountsIsClosedForEveryone() {
    String address = "192.0.2.77";
    for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
      throttle.recordFailure(from(TestAccounts.freshEmail("spray"), address));
    }
    String email = TestAccounts.freshEmail("bystander");
    assertThat(throttle.isBlocked(from(email, address))).isTrue();
    assertThat(throttle.isBlocked(new Attempt(email, address, "device-x"))).isTrue();
    jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
        .param("address:" + address)
        .update();
  }

  @Test
  void aRightPasswordDoesNotWipeTheAccountsFailuresFromElsewhere() {
    String email = TestAccounts.freshEmail("wiped");
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      throttle.recordFailure(from(email, "203.0.113." + (150 + i)));
    }
    throttle.recordSuccess(from(email, "203.0.113.150"));
    assertThat(throttle.isBlocked(from(email, "198.51.100.8"))).isTrue();
  }

  @Test
  void anAddressOfAnyLengthIsCounted() {
    String endless = "x".repeat(5000) + "@test.safeports.org";
    PortalClient client = new PortalClient(port);
    Response response = client.signIn(endless, "a-guess-at-the-password");
    assertThat(response.isRedirectTo("/sign-in")).as(response.status() + "").isTrue();
  }
}
