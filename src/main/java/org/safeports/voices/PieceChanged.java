package org.safeports.voices;

import org.safeports.search.SearchableChange;

/**
 * Something visitors may see of a piece changed, or a scheduled piece's time came: for search and
 * caches.
 */
public record PieceChanged(long pieceId)
    implements org.safeports.platform.web.PublicPagesChanged, SearchableChange {

  @Override
  public String searchSource() {
    return VoicesSearchSource.NAME;
  }

  @Override
  public String searchRef() {
    return Long.toString(pieceId);
  }
}
