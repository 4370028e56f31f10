package org.safeports.content;

/**
 * Who signs a news item or page. An item written in the secretariat's name (the demo's, for one)
 * keeps {@link #SECRETARIAT} as its author name, and readers see the secretariat's name in their
 * own language ({@code content.byline.secretariat}); any other author name is a person's and is
 * shown as written.
 */
final class Bylines {

  /** The author name stored for the secretariat itself. */
  static final String SECRETARIAT = "TAG Secretariat";

  static final String SECRETARIAT_MESSAGE = "content.byline.secretariat";

  private Bylines() {}

  static boolean isSecretariat(String authorName) {
    return SECRETARIAT.equals(authorName);
  }
}
