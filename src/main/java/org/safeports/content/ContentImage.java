package org.safeports.content;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.safeports.platform.database.TimestampedEntity;

/** An image for an item, resized for the web and stored in the database with its item. */
@Entity
@Table(name = "content_image")
class ContentImage extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] bytes;

  protected ContentImage() {}

  ContentImage(
      Long itemId, String fileName, String contentType, int width, int height, byte[] bytes) {
    this.itemId = itemId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.width = width;
    this.height = height;
    this.bytes = bytes;
  }

  Long id() {
    return id;
  }

  Long itemId() {
    return itemId;
  }

  String fileName() {
    return fileName;
  }

  String contentType() {
    return contentType;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  byte[] bytes() {
    return bytes;
  }
}
