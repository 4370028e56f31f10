package org.safeports.platform.security;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session store writes a session's row only when something in it changed, not on every request.
 * Spring Session marks a session as changed on every request (its last access time), and so updated
 * its row each time: a signed-in person's pages queued behind each other on that row's lock
 * (several tabs, a page and its images) and each took a write transaction. The update below leaves
 * the row alone when only the last access time moved, by less than {@link #TOUCH_INTERVAL}: a
 * session that lives eight hours ends at most that much early. A new session id (signing in), a new
 * principal or a new time-out is written at once, and so are the attributes (their own statements).
 *
 * <p>The store's transactions are plain JDBC ones: with the portal's JPA transaction manager each
 * read and each save of a session also opened a Hibernate session around its two statements. They
 * run on a connection of their own: the store sees the pool through a data source of its own, so a
 * session saved while a response streams from inside a read-only transaction (a CSV export
 * committing its first bytes) does not join that transaction's connection and fail there.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreWrites {

  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  /**
   * The same parameters, in the same order, as Spring Session's own update; the row is updated only
   * when it would change more than the last access time.
   */
  static final String UPDATE_SESSION =
      """
      UPDATE %TABLE_NAME% S
      SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
          MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
          PRINCIPAL_NAME = V.PRINCIPAL_NAME
      FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                   CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                   CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
      WHERE S.PRIMARY_ID = V.PRIMARY_ID
        AND (S.SESSION_ID <> V.SESSION_ID
             OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
             OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
             OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %TOUCH_MS%)
      """
          .replace("%TOUCH_MS%", Long.toString(TOUCH_INTERVAL.toMillis()));

  /**
   * Last, so that no customizer that sets the table name (which resets the queries) comes after.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> fewerSessionWrites() {
    return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
  }

  /**
   * The security context and the CSRF token are deserialised once per distinct stored content, not
   * on every read of the row ({@link SessionAttributeReads}); most requests read a copy of the
   * session instead ({@link SessionCopies}).
   */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> fewerSessionDeserialisations(
      ResourceLoader resources) {
    return repository ->
        repository.setConversionService(
            SessionAttributeReads.conversions(resources.getClassLoader()));
  }

  /**
   * Spring Session's own transactions (its configuration asks for this name); not a candidate for
   * anything else, so the portal's transaction template stays the JPA one.
   */
  @Bean(defaultCandidate = false)
  TransactionOperations springSessionTransactionOperations(
      @SpringSessionDataSource DataSource sessionDataSource) {
    return new TransactionTemplate(new DataSourceTransactionManager(sessionDataSource));
  }

  /**
   * The pool, under another name: the connection a JPA transaction binds to the thread is bound
   * under the pool's own name, so the store's statements and transactions never find it.
   */
  @Bean(defaultCandidate = false)
  @SpringSessionDataSource
  DataSource sessionDataSource(DataSource dataSource) {
    return new DelegatingDataSource(dataSource);
  }
}
