package org.safeports.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.security.PortalRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Identity's accounts as membership sees them. */
@Component
@Transactional
class RepositoryMemberAccounts implements MemberAccounts {

  /** How long the "choose your password" link in a welcome mail works. */
  static final Duration WELCOME_LINK_VALIDITY = Duration.ofDays(7);

  private final AccountRepository accounts;
  private final AccountTokens tokens;
  private final PasswordEncoder passwordEncoder;
  private final PortalProperties properties;
  private final PasswordPolicy passwordPolicy;
  private final Clock clock;

  RepositoryMemberAccounts(
      AccountRepository accounts,
      AccountTokens tokens,
      PasswordEncoder passwordEncoder,
      PasswordPolicy passwordPolicy,
      PortalProperties properties,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.passwordPolicy = passwordPolicy;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MemberAccount> byId(long accountId) {
    return accounts.findById(accountId).map(RepositoryMemberAccounts::view);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MemberAccount> byEmail(String email) {
    return email == null
        ? Optional.empty()
        : accounts.findByEmail(Account.normalise(email)).map(RepositoryMemberAccounts::view);
  }

  @Override
  @Transactional(readOnly = true)
  public List<MemberAccount> byIds(Collection<Long> accountIds) {
    return accounts.findAllById(accountIds).stream().map(RepositoryMemberAccounts::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<MemberAccount> secretariat() {
    return accounts.findByRole(PortalRole.EDITOR).stream()
        .map(RepositoryMemberAccounts::view)
        .filter(MemberAccount::enabled)
        .toList();
  }

  @Override
  public Created ensure(NewMember member) {
    Optional<Account> existing = accounts.findByEmail(Account.normalise(member.email()));
    if (existing.isPresent()) {
      return new Created(view(existing.get()), false);
    }
    // No one knows this password: the person chooses theirs through the welcome mail's link.
    String unusable =
        passwordEncoder.encode(SecretTokens.newLinkToken() + SecretTokens.newLinkToken());
    Account account =
        new Account(
            member.email(),
            member.displayName(),
            member.organisation(),
            member.countryCode(),
            unusable,
            member.language());
    account.markVerified(clock.instant());
    return new Created(view(accounts.save(account)), true);
  }

  @Override
  public PasswordCreation createWithPassword(NewMember member, String password) {
    Optional<String> problem = passwordPolicy.problemWith(password, member.email());
    if (problem.isPresent()) {
      return new PasswordCreation(Optional.empty(), List.of(problem.get()));
    }
    if (accounts.findByEmail(Account.normalise(member.email())).isPresent()) {
      return new PasswordCreation(Optional.empty(), List.of());
    }
    Account account =
        new Account(
            member.email(),
            member.displayName(),
            member.organisation(),
            member.countryCode(),
            passwordEncoder.encode(password),
            member.language());
    account.markVerified(clock.instant());
    return new PasswordCreation(Optional.of(view(accounts.save(account))), List.of());
  }

  @Override
  public String passwordLink(long accountId) {
    Account account = accounts.findById(accountId).orElseThrow();
    String token =
        tokens.issue(account, AccountToken.Purpose.RESET_PASSWORD, WELCOME_LINK_VALIDITY);
    return properties.link("/password-reset/" + token);
  }

  private static MemberAccount view(Account account) {
    return new MemberAccount(
        account.id(),
        account.email(),
        account.displayName(),
        account.organisation(),
        account.countryCode(),
        account.language(),
        account.role(),
        account.portFacility(),
        account.isEnabled());
  }
}
