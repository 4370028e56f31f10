package org.safeports.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of the single-use codes that stand in for the authenticator app when it is lost. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "code_hash", nullable = false)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(Long accountId, String codeHash) {
    this.accountId = accountId;
    this.codeHash = codeHash;
  }

  boolean isUnused() {
    return usedAt == null;
  }

  void use(Instant now) {
    this.usedAt = now;
  }
}
