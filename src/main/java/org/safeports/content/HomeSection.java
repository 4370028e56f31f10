package org.safeports.content;

import java.util.List;

/**
 * A section of the home page from another module: a heading, a few items with a link each, and a
 * link to all of them.
 *
 * @param id a short name for the section, used for its heading's id (letters and dashes)
 * @param heading the heading, already in the reader's language
 * @param items what to show, in order
 * @param moreHref a link to the full list, or null
 * @param moreLabel the text of that link, in the reader's language
 */
public record HomeSection(
    String id, String heading, List<Item> items, String moreHref, String moreLabel) {

  /**
   * One item: its title (in {@code language}), link, when (already written out for the reader) and
   * a short line of detail (may be null).
   */
  public record Item(String title, String href, String when, String meta, String language) {}
}
