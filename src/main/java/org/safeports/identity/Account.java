package org.safeports.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.safeports.platform.database.VersionedEntity;
import org.safeports.platform.security.PortalRole;

/** A person's account. E-mail addresses are kept in lower case, which makes them unique. */
@Entity
@Table(name = "account")
class Account extends VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String organisation;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PortalRole role = PortalRole.USER;

  @Column(name = "port_facility")
  private String portFacility;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(nullable = false)
  private String language;

  @Column(name = "totp_secret")
  private String totpSecret;

  @Column(name = "totp_enabled", nullable = false)
  private boolean totpEnabled;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  protected Account() {}

  Account(
      String email,
      String displayName,
      String organisation,
      String countryCode,
      String passwordHash,
      String language) {
    this.email = normalise(email);
    this.displayName = displayName;
    this.organisation = organisation;
    this.countryCode = countryCode;
    this.passwordHash = passwordHash;
    this.language = language;
  }

  static String normalise(String email) {
    return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
  }

  Long id() {
    return id;
  }

  String email() {
    return email;
  }

  String displayName() {
    return displayName;
  }

  String organisation() {
    return organisation;
  }

  String countryCode() {
    return countryCode;
  }

  PortalRole role() {
    return role;
  }

  String portFacility() {
    return portFacility;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean isVerified() {
    return emailVerifiedAt != null;
  }

  Instant emailVerifiedAt() {
    return emailVerifiedAt;
  }

  boolean isEnabled() {
    return enabled;
  }

  String language() {
    return language;
  }

  String totpSecret() {
    return totpSecret;
  }

  boolean isTotpEnabled() {
    return totpEnabled;
  }

  Long totpLastStep() {
    return totpLastStep;
  }

  Instant lastSignInAt() {
    return lastSignInAt;
  }

  void markVerified(Instant when) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = when;
    }
  }

  void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  void updateProfile(String displayName, String organisation, String countryCode, String language) {
    this.displayName = displayName;
    this.organisation = organisation;
    this.countryCode = countryCode;
    this.language = language;
  }

  void assignRole(PortalRole role, String countryCode, String portFacility) {
    this.role = role;
    this.countryCode = countryCode;
    this.portFacility = role == PortalRole.PFSO ? portFacility : null;
  }

  void vouchOrganisation(String organisation) {
    this.organisation = organisation;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  void startTotpEnrolment(String secret) {
    this.totpSecret = secret;
    this.totpEnabled = false;
    this.totpLastStep = null;
  }

  void confirmTotp(long step) {
    this.totpEnabled = true;
    this.totpLastStep = step;
  }

  void useTotpStep(long step) {
    this.totpLastStep = step;
  }

  void removeTotp() {
    this.totpSecret = null;
    this.totpEnabled = false;
    this.totpLastStep = null;
  }

  void signedIn(Instant when) {
    this.lastSignInAt = when;
  }
}
