package org.safeports.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/**
 * A piece of a file's bytes, so that a download streams chunk by chunk. Chunks are only ever
 * inserted: {@link #isNew()} says so, and saving one is a single insert, without a read first.
 */
@Entity
@Table(name = "library_file_chunk")
@IdClass(LibraryFileChunk.Key.class)
class LibraryFileChunk implements Persistable<LibraryFileChunk.Key> {

  static final int SIZE = 512 * 1024;

  static class Key implements Serializable {
    private Long fileId;
    private Integer seq;

    protected Key() {}

    Key(Long fileId, Integer seq) {
      this.fileId = fileId;
      this.seq = seq;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(fileId, k.fileId)
          && Objects.equals(seq, k.seq);
    }

    @Override
    public int hashCode() {
      return Objects.hash(fileId, seq);
    }
  }

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Id private Integer seq;

  @Column(nullable = false)
  private byte[] data;

  @Transient private boolean stored;

  protected LibraryFileChunk() {
    stored = true;
  }

  LibraryFileChunk(long fileId, int seq, byte[] data) {
    this.fileId = fileId;
    this.seq = seq;
    this.data = data;
  }

  @Override
  public Key getId() {
    return new Key(fileId, seq);
  }

  @Override
  public boolean isNew() {
    return !stored;
  }
}
