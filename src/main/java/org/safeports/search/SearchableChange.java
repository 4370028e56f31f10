package org.safeports.search;

/**
 * An event that says an item the search indexes may have changed: published, edited, withdrawn,
 * deleted, or its audience changed. A module's own event implements it, or the module publishes a
 * {@link SearchItemChanged}; the search then asks the source for the item's documents again.
 */
public interface SearchableChange {

  /** The {@link SearchSource#name()} of the item's source. */
  String searchSource();

  /** The item's {@link SearchDocument#ref()}. */
  String searchRef();
}
