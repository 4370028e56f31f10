package org.safeports.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.CountryMember;
import org.safeports.platform.security.PortalRole;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security context holds it (serialised into the shared session store).
 * The name is the account's e-mail, which is what sessions are indexed by.
 */
public final class PortalUser
    implements UserDetails, CredentialsContainer, Serializable, Auditable, CountryMember {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String email;
  private final String displayName;
  private final PortalRole role;
  private final String countryCode;
  private final boolean enabled;
  private final boolean verified;
  private final boolean secondFactor;
  private String passwordHash;

  PortalUser(Account account) {
    this.accountId = account.id();
    this.email = account.email();
    this.displayName = account.displayName();
    this.role = account.role();
    this.countryCode = account.countryCode();
    this.enabled = account.isEnabled();
    this.verified = account.isVerified();
    this.secondFactor = account.isTotpEnabled();
    this.passwordHash = account.passwordHash();
  }

  public long accountId() {
    return accountId;
  }

  public String displayName() {
    return displayName;
  }

  public PortalRole role() {
    return role;
  }

  @Override
  public String countryCode() {
    return countryCode;
  }

  boolean isVerified() {
    return verified;
  }

  boolean hasSecondFactor() {
    return secondFactor;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
