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
import org.safeports.platform.database.TimestampedEntity;

/**
 * A single-use link sent by e-mail. Only the SHA-256 of the token is stored, so a copy of the
 * database does not hand out working links.
 */
@Entity
@Table(name = "account_token")
class AccountToken extends TimestampedEntity {

  enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  AccountToken(Long accountId, Purpose purpose, String tokenHash, Instant expiresAt) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }

  Long accountId() {
    return accountId;
  }

  Purpose purpose() {
    return purpose;
  }

  boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }
}
