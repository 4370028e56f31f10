package org.safeports.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored file: its checksum, size and how many chunks its bytes are in. */
@Entity
@Table(name = "library_file")
class LibraryFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private int chunks;

  protected LibraryFile() {}

  LibraryFile(String sha256, long size, int chunks) {
    this.sha256 = sha256;
    this.size = size;
    this.chunks = chunks;
  }

  Long id() {
    return id;
  }

  int chunks() {
    return chunks;
  }
}
