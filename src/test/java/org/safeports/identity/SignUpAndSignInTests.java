package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class SignUpAndSignInTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;

  MailReader mail() {
    return new MailReader(jdbc);
  }

  Response signUp(PortalClient client, String email, String password) {
    return client.post(
        "/sign-up",
        "displayName",
        "Rosa Quispe",
        "email",
        email,
        "organisation",
        "Autoridad Portuaria Nacional",
        "country",
        "PE",
        "password",
        password,
        "confirmPassword",
        password);
  }

  @Test
  void aPortOfficialSignsUpVerifiesTheAddressAndSignsIn() {
    PortalClient client = new PortalClient(port).language("es");
    String email = TestAccounts.freshEmail("rosa");
    long before = mail().count(email, "verifyEmail");

    Response signedUp = signUp(client, email, "muelle-norte-faro-2026");
    assertThat(signedUp.isRedirectTo("/sign-up/check-email"))
        .as(signedUp.status() + signedUp.body())
        .isTrue();

    // Not before the address is confirmed, and the page says why.
    Response early = client.signIn(email, "muelle-norte-faro-2026");
    assertThat(early.isRedirectTo("/sign-in")).isTrue();
    assertThat(client.get("/sign-in").body()).contains("no ha sido confirmada");

    String body = mail().awaitLatest(email, "verifyEmail", before);
    assertThat(body).contains("Rosa Quispe");
    String link = MailReader.linkPath(body);
    String token = link.substring(link.indexOf("token=") + 6);
    assertThat(client.get(link).status()).isEqualTo(200); // opening the link changes nothing
    assertThat(client.post("/verify-email", "token", token).isRedirectTo("/sign-in")).isTrue();
    assertThat(client.post("/verify-email", "token", token).isRedirectTo("/verify-email/resend"))
        .as("a link works once")
        .isTrue();

    assertThat(client.signIn(email, "muelle-norte-faro-2026").isRedirectTo("/")).isTrue();
    assertThat(client.get("/account").body()).contains(email).contains("Rosa Quispe");
  }

  @Test
  void badInputIsExplainedNextToEachFieldAndWhatWasTypedIsKept() {
    PortalClient client = new PortalClient(port);
    Response response =
        client.post(
            "/sign-up",
            "displayName",
            "Pierre Louis",
            "email",
            "not-an-address",
            "organisation",
            "Port-au-Prince",
            "country",
            "ZZ",
            "password",
            "qwerty123456",
            "confirmPassword",
            "qwerty123457");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("id=\"email-error\"")
        .contains("id=\"country-error\"")
        .contains("This password is too common")
        .contains("The two passwords are not the same")
        .contains("value=\"Pierre Louis\"")
        .contains("value=\"not-an-address\"")
        .contains("value=\"Port-au-Prince\"")
        .doesNotContain("qwerty123456");
  }

  @Test
  void signingUpWithATakenAddressLooksTheSameButWarnsItsOwner() {
    String email = TestAccounts.freshEmail("taken");
    accounts.create(email, PortalRole.USER);
    long before = mail().count(email, "signUpRepeated");
    Response response = signUp(new PortalClient(port), email, "another-long-passphrase");
    assertThat(response.isRedirectTo("/sign-up/check-email")).isTrue();
    assertThat(mail().awaitLatest(email, "signUpRepeated", before)).contains("/password-reset");
  }

  @Test
  void aLongPassphraseOf128CharactersIsAccepted() {
    String email = TestAccounts.freshEmail("long");
    String passphrase = "the-pilot-boat-waits-by-the-breakwater-".repeat(4).substring(0, 128);
    assertThat(
            signUp(new PortalClient(port), email, passphrase).isRedirectTo("/sign-up/check-email"))
        .isTrue();
  }

  @Test
  void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
    String email = TestAccounts.freshEmail("known");
    accounts.create(email, PortalRole.USER);
    PortalClient a = new PortalClient(port);
    a.signIn(email, "wrong-password-here");
    String known = a.get("/sign-in").body();
    PortalClient b = new PortalClient(port);
    b.signIn(TestAccounts.freshEmail("nobody"), "wrong-password-here");
    String unknown = b.get("/sign-in").body();
    assertThat(known).contains("The e-mail address or the password is not right.");
    assertThat(unknown).contains("The e-mail address or the password is not right.");
  }

  @Test
  void repeatedFailuresBlockTheAccountEvenWithTheRightPassword() {
    String email = TestAccounts.freshEmail("throttled");
    accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    for (int i = 0; i < SignInThrottle.ACCOUNT_AT_ADDRESS_LIMIT; i++) {
      client.signIn(email, "not-the-password-" + i);
    }
    Response blocked = client.signIn(email, TestAccounts.PASSWORD);
    assertThat(blocked.isRedirectTo("/sign-in"))
        .as(blocked.status() + " " + blocked.location())
        .isTrue();
    String page = client.get("/sign-in").body();
    assertThat(page).contains("Too many attempts to sign in").contains("value=\"" + email + "\"");
    // An address that does not exist is throttled alike: no hint either way.
    PortalClient other = new PortalClient(port);
    String nobody = TestAccounts.freshEmail("ghost");
    for (int i = 0; i <= SignInThrottle.ACCOUNT_AT_ADDRESS_LIMIT; i++) {
      other.signIn(nobody, "guess-" + i);
    }
    assertThat(other.get("/sign-in").body()).contains("Too many attempts to sign in");
  }

  @Test
  void aDisabledAccountLosesItsSessionAtOnce() {
    String email = TestAccounts.freshEmail("disabled");
    long id = accounts.create(email, PortalRole.DELEGATE);
    PortalClient delegate = new PortalClient(port);
    assertThat(delegate.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    assertThat(delegate.get("/account").status()).isEqualTo(200);

    PortalClient admin = new PortalClient(port);
    assertThat(
            admin
                .signIn("admin@demo.safeports.org", AccountBootstrap.DEMO_PASSWORD)
                .isRedirectTo("/"))
        .isTrue();
    assertThat(
            admin
                .post("/admin/users/" + id + "/enabled", "enabled", "false")
                .isRedirectTo("/admin/users/" + id))
        .isTrue();

    assertThat(delegate.get("/account").isRedirectTo("/sign-in")).isTrue();
    assertThat(delegate.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/sign-in")).isTrue();
    assertThat(delegate.get("/sign-in").body()).contains("This account has been disabled");
  }

  @Test
  void aForgottenPasswordIsResetOnceThroughAnExpiringLink() {
    String email = TestAccounts.freshEmail("forgetful");
    accounts.create(email, PortalRole.PFSO);
    PortalClient signedIn = new PortalClient(port);
    signedIn.signIn(email, TestAccounts.PASSWORD);

    PortalClient client = new PortalClient(port);
    long before = mail().count(email, "passwordReset");
    Response asked = client.post("/password-reset", "email", email);
    assertThat(asked.isRedirectTo("/password-reset")).isTrue();
    // The same answer for an address with no account.
    assertThat(
            client
                .post("/password-reset", "email", TestAccounts.freshEmail("nobody"))
                .isRedirectTo("/password-reset"))
        .isTrue();

    String link = MailReader.linkPath(mail().awaitLatest(email, "passwordReset", before));
    assertThat(client.get(link).body()).contains("name=\"newPassword\"");
    Response weak = client.post(link, "newPassword", "short", "confirmPassword", "short");
    assertThat(weak.body()).contains("at least 12 characters");
    Response done =
        client.post(
            link,
            "newPassword",
            "a-brand-new-passphrase",
            "confirmPassword",
            "a-brand-new-passphrase");
    assertThat(done.isRedirectTo("/sign-in")).isTrue();
    assertThat(client.get(link).body()).contains("This link no longer works");
    assertThat(signedIn.get("/account").isRedirectTo("/sign-in")).as("old sessions end").isTrue();
    assertThat(client.signIn(email, "a-brand-new-passphrase").isRedirectTo("/")).isTrue();
  }

  @Test
  void anExpiredResetLinkDoesNotWork() {
    String email = TestAccounts.freshEmail("late");
    accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    long before = mail().count(email, "passwordReset");
    client.post("/password-reset", "email", email);
    String link = MailReader.linkPath(mail().awaitLatest(email, "passwordReset", before));
    jdbc.sql(
            "update account_token set expires_at = now() - interval '1 minute' where account_id = (select id from account where email = ?)")
        .param(email)
        .update();
    assertThat(client.get(link).body()).contains("This link no longer works");
  }

  @Test
  void signOutIsAPostAndEndsTheSession() {
    String email = TestAccounts.freshEmail("leaving");
    accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    assertThat(client.get("/sign-out").status()).isNotEqualTo(302);
    assertThat(client.get("/account").status()).isEqualTo(200);
    assertThat(client.post("/sign-out").isRedirectTo("/")).isTrue();
    assertThat(client.get("/account").isRedirectTo("/sign-in")).isTrue();
  }

  @Test
  void afterSignInTheUserLandsOnThePageTheyAskedForAndNowhereElse() {
    String email = TestAccounts.freshEmail("returning");
    accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    assertThat(client.get("/account/security").isRedirectTo("/sign-in")).isTrue();
    Response signedIn = client.signIn(email, TestAccounts.PASSWORD);
    assertThat(signedIn.redirectPath()).startsWith("/account/security");

    PortalClient other = new PortalClient(port);
    other.get("/sign-in?continue=https://evil.example.org/");
    assertThat(other.signIn(email, TestAccounts.PASSWORD).redirectPath()).isEqualTo("/");
  }
}
