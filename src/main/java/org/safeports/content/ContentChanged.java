package org.safeports.content;

import org.safeports.search.SearchableChange;

/**
 * Something visitors may see changed: an item's text, state or place, or a scheduled item's time
 * came. Search and caches listen.
 *
 * @param itemId the item
 * @param kind news or page
 */
public record ContentChanged(long itemId, ContentKind kind)
    implements org.safeports.platform.web.PublicPagesChanged, SearchableChange {

  @Override
  public String searchSource() {
    return ContentSearchSource.sourceOf(kind);
  }

  @Override
  public String searchRef() {
    return Long.toString(itemId);
  }
}
