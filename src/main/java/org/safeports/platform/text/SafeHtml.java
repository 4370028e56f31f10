package org.safeports.platform.text;

import java.util.List;

/**
 * HTML made from a user's Markdown and passed through the allow-list: the only kind of user HTML a
 * template may print unescaped.
 *
 * @param html the sanitised HTML
 * @param headings the second- and third-level headings, for a table of contents
 */
public record SafeHtml(String html, List<Heading> headings) {

  /** A heading and the id it can be linked to with. */
  public record Heading(int level, String id, String text) {}
}
