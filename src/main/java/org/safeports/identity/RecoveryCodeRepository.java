package org.safeports.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

  Optional<RecoveryCode> findByAccountIdAndCodeHashAndUsedAtIsNull(Long accountId, String codeHash);

  long countByAccountIdAndUsedAtIsNull(Long accountId);

  void deleteByAccountId(Long accountId);
}
