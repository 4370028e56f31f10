package org.safeports.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

  Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

  long countByAccountIdAndPurposeAndCreatedAtAfter(
      Long accountId, AccountToken.Purpose purpose, Instant after);

  /** A newer link makes the older ones of the same purpose useless. */
  @Modifying
  @Query(
      "update AccountToken t set t.usedAt = :now "
          + "where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
  void invalidateAll(
      @Param("accountId") Long accountId,
      @Param("purpose") AccountToken.Purpose purpose,
      @Param("now") Instant now);
}
