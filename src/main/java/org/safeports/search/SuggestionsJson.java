package org.safeports.search;

import java.util.List;

/**
 * The titles suggested while typing, as a JSON array of {@code {"title", "path", "language"}}.
 * Written here (the portal has no JSON library on its web side): every string escaped, and {@code
 * <}, {@code >} and {@code &} as Unicode escapes, so the answer is inert even if sniffed as HTML.
 */
final class SuggestionsJson {

  private SuggestionsJson() {}

  static String of(List<SiteSearch.Suggestion> suggestions) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < suggestions.size(); i++) {
      SiteSearch.Suggestion s = suggestions.get(i);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"title\":");
      string(json, s.title());
      json.append(",\"path\":");
      string(json, s.path());
      json.append(",\"language\":");
      string(json, s.language());
      json.append('}');
    }
    return json.append(']').toString();
  }

  private static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
