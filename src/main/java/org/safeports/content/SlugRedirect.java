package org.safeports.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A slug an item had in a language before it was renamed: old links keep working. */
@Entity
@Table(name = "content_slug_redirect")
@IdClass(SlugRedirect.Key.class)
class SlugRedirect {

  static class Key implements Serializable {
    private String language;
    private String slug;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && java.util.Objects.equals(language, k.language)
          && java.util.Objects.equals(slug, k.slug);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(language, slug);
    }
  }

  @Id private String language;
  @Id private String slug;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  protected SlugRedirect() {}

  SlugRedirect(String language, String slug, Long itemId) {
    this.language = language;
    this.slug = slug;
    this.itemId = itemId;
  }

  Long itemId() {
    return itemId;
  }
}
