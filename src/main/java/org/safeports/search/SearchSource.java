package org.safeports.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * What one module publishes, as the site search reads it. A module has one bean of this type per
 * kind of item it publishes; the search asks it for an item's documents when the module announces a
 * change, and for all of them when the index is rebuilt.
 */
public interface SearchSource {

  /** The source's name, the {@link SearchDocument#source()} of all its documents. */
  String name();

  /**
   * The item's documents as they are now, one per language it is published in; empty when the item
   * is withdrawn, deleted, not yet published, or otherwise not to be found by anyone.
   */
  List<SearchDocument> documents(String ref);

  /** Hands every published item's documents to {@code sink}, in batches the source chooses. */
  void everything(Consumer<List<SearchDocument>> sink);
}
