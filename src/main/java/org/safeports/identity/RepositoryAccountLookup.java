package org.safeports.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RepositoryAccountLookup implements AccountLookup {

  private final AccountRepository accounts;

  RepositoryAccountLookup(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Summary> byEmail(String email) {
    return accounts
        .findByEmail(email)
        .map(a -> new Summary(a.id(), a.email(), a.displayName(), a.countryCode(), a.role()));
  }
}
