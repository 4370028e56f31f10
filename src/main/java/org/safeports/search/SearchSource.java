package org.safeports.search;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

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

  /** The id a numbered source's ref names; empty for a ref that is not a number. */
  static OptionalLong numericRef(String ref) {
    try {
      return OptionalLong.of(Long.parseLong(ref));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Hands a numbered source's items to {@code sink} a batch at a time, in id order (keyset paging):
   * {@code after} reads the batch that follows an id (0 first), {@code idOf} gives a row's id, and
   * {@code documents} makes the batch's documents.
   */
  static <T> void inIdOrder(
      LongFunction<List<T>> after,
      ToLongFunction<T> idOf,
      Function<List<T>, List<SearchDocument>> documents,
      Consumer<List<SearchDocument>> sink) {
    long last = 0;
    while (true) {
      List<T> batch = after.apply(last);
      if (batch.isEmpty()) {
        return;
      }
      sink.accept(documents.apply(batch));
      last = idOf.applyAsLong(batch.get(batch.size() - 1));
    }
  }
}
