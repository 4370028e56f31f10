package org.safeports.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.safeports.platform.security.PortalRole;
import org.springframework.stereotype.Component;

/** Accounts made for a test, each with a fresh address so tests never share state. */
@Component
public class TestAccounts {

  public static final String PASSWORD = "tidal-basin-lighthouse";

  private final AccountService accounts;
  private final SecondFactors secondFactors;
  private final AccountAdministration administration;

  TestAccounts(
      AccountService accounts, SecondFactors secondFactors, AccountAdministration administration) {
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.administration = administration;
  }

  public static String freshEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.safeports.org";
  }

  public long create(String email, PortalRole role) {
    return accounts.createVerified(
        email,
        "Test " + role,
        "Test Port Authority",
        role == PortalRole.DELEGATE ? "PE" : "CR",
        PASSWORD,
        role,
        role == PortalRole.PFSO ? "Terminal 1" : null,
        "en");
  }

  /** An account with an authenticator app set up; answers the app's secret. */
  public String createWithSecondFactor(String email, PortalRole role) {
    long id = create(email, role);
    String secret = secondFactors.startTotpEnrolment(id, false);
    secondFactors.confirmTotpEnrolment(id, Totp.codeAt(secret, Totp.stepAt(Instant.now())), null);
    return secret;
  }

  public List<String> newRecoveryCodes(String email) {
    return secondFactors.regenerateRecoveryCodes(idOf(email), null);
  }

  public long idOf(String email) {
    return administration
        .search(email, null, null, org.springframework.data.domain.Pageable.ofSize(1))
        .getContent()
        .get(0)
        .id();
  }

  /** The code the app shows now. */
  public static String codeNow(String secret) {
    return Totp.codeAt(secret, Totp.stepAt(Instant.now()));
  }

  /** A code the app would show a step from now: the current one may already be used up. */
  public static String nextCode(String secret) {
    return Totp.codeAt(secret, Totp.stepAt(Instant.now()) + 1);
  }
}
