package org.safeports.platform.database;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.annotation.LastModifiedDate;

/**
 * A row that people change: besides {@code created_at}, {@code updated_at} is set from the portal's
 * clock on every insert and on every update that changes the row, and {@code version} counts the
 * updates. The version is the optimistic lock: an update made from an older version fails, and
 * forms carry it to tell a user that someone else saved in between.
 */
@MappedSuperclass
public abstract class VersionedEntity extends TimestampedEntity {

  @LastModifiedDate
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private long version;

  protected VersionedEntity() {}

  /** When the row was last changed; null until it is inserted. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** How many times the row was updated since it was inserted. */
  public long version() {
    return version;
  }
}
