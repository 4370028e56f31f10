package org.safeports.search;

/**
 * A change to an item the search indexes, for modules whose own events do not say it.
 *
 * @param searchSource the item's source
 * @param searchRef the item's id within it
 */
public record SearchItemChanged(String searchSource, String searchRef)
    implements SearchableChange {}
