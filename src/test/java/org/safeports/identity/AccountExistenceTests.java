package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-up and password reset answer alike whether the address has an account or not: the same page,
 * the same steps on the way, about the same time; and the owner of a taken address is not flooded
 * with notices.
 */
@PortalTest
class AccountExistenceTests {

  static final String PASSPHRASE = "quay-crane-at-low-tide";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;

  Map<String, String> signUpForm(String email) {
    return PortalClient.pairs(
        "displayName",
        "Rosa Quispe",
        "email",
        email,
        "organisation",
        "Autoridad Portuaria Nacional",
        "country",
        "PE",
        "password",
        PASSPHRASE,
        "confirmPassword",
        PASSPHRASE);
  }

  /** The statements one form post sends, the CSRF token fetched beforehand. */
  List<String> statementsOf(String path, Map<String, String> form) {
    PortalClient client = new PortalClient(port);
    Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
    withToken.put("_csrf", client.csrfToken());
    List<Response> answers = new ArrayList<>();
    List<String> statements =
        QueryCounter.statementsOf(() -> answers.add(client.postRaw(path, withToken)));
    assertThat(answers.get(0).status()).isEqualTo(302);
    return statements;
  }

  String taken() {
    String email = TestAccounts.freshEmail("taken");
    accounts.create(email, PortalRole.USER);
    return email;
  }

  @Test
  void aSignUpWithATakenAddressTakesTheSameStepsAsWithANewOne() {
    List<String> takenSteps = statementsOf("/sign-up", signUpForm(taken()));
    String fresh = TestAccounts.freshEmail("fresh");
    List<String> newSteps = statementsOf("/sign-up", signUpForm(fresh));
    assertThat(takenSteps).isNotEmpty().isEqualTo(newSteps);
    assertThat(accounts.idOf(fresh)).as("the new account exists").isPositive();
  }

  @Test
  void aSignUpTakesAboutAsLongWhetherTheAddressIsTakenOrNot() {
    // The steps are the same (above); this checks the one step the database does not see, the
    // password's hash. Medians of interleaved tries, and a wide margin for a busy machine: before,
    // a taken address answered in a sixth of the time (a third on a loaded machine).
    String taken = taken();
    List<Long> takenTimes = new ArrayList<>();
    List<Long> newTimes = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      takenTimes.add(timeOf(signUpForm(taken)));
      newTimes.add(timeOf(signUpForm(TestAccounts.freshEmail("timed"))));
    }
    double ratio = (double) median(takenTimes) / median(newTimes);
    assertThat(ratio).as("taken %s, new %s", takenTimes, newTimes).isBetween(0.4, 2.5);
  }

  long timeOf(Map<String, String> form) {
    PortalClient client = new PortalClient(port);
    form.put("_csrf", client.csrfToken());
    long start = System.nanoTime();
    assertThat(client.postRaw("/sign-up", form).isRedirectTo("/sign-up/check-email")).isTrue();
    return System.nanoTime() - start;
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void aPasswordResetTakesTheSameStepsForAnyAddress() {
    List<String> known = statementsOf("/password-reset", Map.of("email", taken()));
    List<String> unknown =
        statementsOf("/password-reset", Map.of("email", TestAccounts.freshEmail("nobody")));
    assertThat(known).isNotEmpty().isEqualTo(unknown);
  }

  @Test
  void aNewVerificationLinkTakesTheSameStepsForAnyAddress() {
    String unverified = TestAccounts.freshEmail("unverified");
    statementsOf("/sign-up", signUpForm(unverified));
    List<String> known = statementsOf("/verify-email/resend", Map.of("email", unverified));
    List<String> unknown =
        statementsOf("/verify-email/resend", Map.of("email", TestAccounts.freshEmail("nobody")));
    assertThat(known).isNotEmpty().isEqualTo(unknown);
  }

  @Test
  void theOwnerOfATakenAddressIsWarnedAtMostThreeTimesAnHour() {
    String email = taken();
    MailReader mail = new MailReader(jdbc);
    for (int i = 0; i < AccountTokens.LINKS_PER_HOUR + 3; i++) {
      PortalClient client = new PortalClient(port);
      assertThat(client.post("/sign-up", signUpForm(email)).isRedirectTo("/sign-up/check-email"))
          .isTrue();
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> mail.count(email, "signUpRepeated") >= AccountTokens.LINKS_PER_HOUR);
    // Every sign-up has been followed up before the count is final.
    await().atMost(Duration.ofSeconds(20)).until(() -> pendingFollowUps(email) == 0);
    assertThat(mail.count(email, "signUpRepeated")).isEqualTo(AccountTokens.LINKS_PER_HOUR);
  }

  long pendingFollowUps(String email) {
    return jdbc.sql(
            "select count(*) from event_publication where completion_date is null"
                + " and serialized_event like ?")
        .param("%" + email + "%")
        .query(Long.class)
        .single();
  }
}
