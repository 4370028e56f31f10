package org.safeports.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  /** Due mail, locked for this instance; other instances skip it rather than wait. */
  @Query(
      value =
          "select * from outbox_mail where status = 'PENDING' and next_attempt_at <= :now "
              + "order by next_attempt_at limit :limit for update skip locked",
      nativeQuery = true)
  List<OutboxMail> lockDue(@Param("now") Instant now, @Param("limit") int limit);

  long countByStatus(OutboxMail.Status status);

  Page<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable pageable);

  Page<OutboxMail> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable pageable);
}
