package org.safeports.library;

import org.safeports.search.SearchableChange;

/** Something visitors may see of a library document changed: for search and caches. */
public record LibraryDocumentChanged(long documentId)
    implements org.safeports.platform.web.PublicPagesChanged, SearchableChange {

  @Override
  public String searchSource() {
    return LibrarySearchSource.NAME;
  }

  @Override
  public String searchRef() {
    return Long.toString(documentId);
  }
}
