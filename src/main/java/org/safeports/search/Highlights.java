package org.safeports.search;

/**
 * Text from the index made safe to insert as HTML: everything escaped, then the marks ts_headline
 * put around the words found made {@code <mark>} elements, always closed.
 */
final class Highlights {

  private Highlights() {}

  /** A source's text without the characters the search uses as marks, nor NULs. */
  static String unmarked(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != TextConfigs.MARK_START && c != TextConfigs.MARK_END && c != '\u0000') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether ts_headline found a word to mark in the text. */
  static boolean marked(String text) {
    return text != null && text.indexOf(TextConfigs.MARK_START) >= 0;
  }

  /** The text escaped as HTML, the marked words in {@code <mark>}. */
  static String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder html = new StringBuilder(text.length() + 16);
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case TextConfigs.MARK_START -> {
          if (!open) {
            html.append("<mark>");
            open = true;
          }
        }
        case TextConfigs.MARK_END -> {
          if (open) {
            html.append("</mark>");
            open = false;
          }
        }
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    if (open) {
      html.append("</mark>");
    }
    return html.toString();
  }
}
