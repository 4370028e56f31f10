package org.safeports.identity;

import java.util.Optional;
import org.safeports.platform.security.PortalRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByEmail(String email);

  boolean existsByEmail(String email);

  boolean existsByRole(PortalRole role);

  java.util.List<Account> findByRole(PortalRole role);

  /** How many accounts hold each role, in one pass over the role index. */
  @Query("select a.role, count(*) from Account a group by a.role")
  java.util.List<Object[]> countPerRole();

  long countByEmailVerifiedAtIsNull();

  @Query(
      """
      select a from Account a
      where (:text is null
             or lower(a.email) like concat('%', lower(cast(:text as string)), '%')
             or lower(a.displayName) like concat('%', lower(cast(:text as string)), '%')
             or lower(a.organisation) like concat('%', lower(cast(:text as string)), '%'))
        and (:role is null or a.role = :role)
        and (:country is null or a.countryCode = :country)
      """)
  Page<Account> search(
      @Param("text") String text,
      @Param("role") PortalRole role,
      @Param("country") String country,
      Pageable pageable);

  @Query(
      """
      select a.id from Account a
      where a.enabled = true and a.role = :role
        and (:country is null or a.countryCode = :country)
      order by a.id
      """)
  java.util.List<Long> enabledHolding(
      @Param("role") PortalRole role, @Param("country") String country);
}
