package org.safeports.voices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The piece's image or its author's photo. */
@Entity
@Table(name = "voices_image")
@IdClass(PieceImage.Key.class)
class PieceImage {

  enum Kind {
    PIECE,
    PHOTO
  }

  static class Key implements Serializable {
    private Long pieceId;
    private Kind kind;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(pieceId, k.pieceId) && kind == k.kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(pieceId, kind);
    }
  }

  @Id
  @Column(name = "piece_id")
  private Long pieceId;

  @Id
  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(nullable = false)
  private byte[] bytes;

  /** One more with every new file: the lead image's addresses carry it, so caches can keep them. */
  @Column(nullable = false)
  private int revision;

  protected PieceImage() {}

  PieceImage(Long pieceId, Kind kind) {
    this.pieceId = pieceId;
    this.kind = kind;
  }

  void replace(String fileName, String contentType, int width, int height, byte[] bytes) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.width = width;
    this.height = height;
    this.bytes = bytes;
    this.revision++;
  }

  int revision() {
    return revision;
  }

  String contentType() {
    return contentType;
  }

  byte[] bytes() {
    return bytes;
  }
}
