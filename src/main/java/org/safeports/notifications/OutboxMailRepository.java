package org.safeports.notifications;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  /**
   * Due mail that no sender holds, mail for signing in first, locked until the caller's transaction
   * ends; other instances skip it rather than wait.
   */
  @Query(
      value =
          "select * from outbox_mail where status = 'PENDING' and next_attempt_at <= :now "
              + "and (claimed_until is null or claimed_until <= :now) "
              + "order by urgent desc, next_attempt_at limit :limit for update skip locked",
      nativeQuery = true)
  List<OutboxMail> lockDue(@Param("now") Instant now, @Param("limit") int limit);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from OutboxMail m where m.id = :id")
  Optional<OutboxMail> lockById(@Param("id") long id);

  /** Gives back, due again at once, what a sender claimed and did not try. */
  @Modifying
  @Query(
      value =
          "update outbox_mail set claim_token = null, claimed_until = null "
              + "where claim_token = :token and status = 'PENDING'",
      nativeQuery = true)
  int releaseClaim(@Param("token") UUID token);

  long countByStatus(OutboxMail.Status status);

  Page<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable pageable);

  Page<OutboxMail> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable pageable);
}
