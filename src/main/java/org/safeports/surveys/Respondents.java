package org.safeports.surveys;

import java.util.Set;
import java.util.stream.Collectors;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The respondent behind a signed-in account, read fresh from the account: a delegate removed a
 * minute ago no longer answers for the state, whatever the session still holds.
 */
@Component
class Respondents {

  private final MemberAccounts accounts;
  private final RoleHierarchy hierarchy;

  Respondents(MemberAccounts accounts, RoleHierarchy hierarchy) {
    this.accounts = accounts;
    this.hierarchy = hierarchy;
  }

  Respondent of(Long accountId, String language) {
    if (accountId == null) {
      return Respondent.anonymous(language);
    }
    return accounts
        .byId(accountId)
        .filter(MemberAccount::enabled)
        .map(
            account -> {
              Set<String> roles =
                  hierarchy
                      .getReachableGrantedAuthorities(
                          Set.of(new SimpleGrantedAuthority(account.role().authority())))
                      .stream()
                      .map(GrantedAuthority::getAuthority)
                      .map(a -> a.substring("ROLE_".length()))
                      .collect(Collectors.toUnmodifiableSet());
              return new Respondent(account.id(), roles, account.countryCode(), language);
            })
        .orElse(Respondent.anonymous(language));
  }
}
