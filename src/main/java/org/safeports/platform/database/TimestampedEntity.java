package org.safeports.platform.database;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A row that keeps when it was written, in {@code created_at}: set once, from the portal's clock,
 * when the row is inserted ({@link PersistenceConfiguration}). For rows written once (a revision, a
 * token, an image); rows that people change extend {@link VersionedEntity}.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class TimestampedEntity {

  @CreatedDate
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected TimestampedEntity() {}

  /** When the row was inserted; null until then. */
  public Instant createdAt() {
    return createdAt;
  }
}
