package org.safeports.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A query as web search engines read it, rewritten for PostgreSQL's {@code websearch_to_tsquery}.
 * On the web, {@code or} joins the two words beside it and the rest are all required: {@code port
 * callao or lima} asks for "port" and either "callao" or "lima". PostgreSQL instead binds {@code
 * and} first, reading it as "port and callao", or "lima" alone. The rewrite spells the web's
 * reading out as alternatives PostgreSQL reads the same way ({@code port callao or port lima}),
 * each with the excluded words; a query with too many alternatives is left as typed.
 */
final class WebQueries {

  /** More alternatives than this, and the query is passed as typed. */
  static final int MOST_ALTERNATIVES = 16;

  private WebQueries() {}

  /** The query with each {@code or} applying to the words beside it only. */
  static String grouped(String query) {
    if (query == null || query.isBlank()) {
      return query;
    }
    List<String> tokens = tokens(query);
    List<List<String>> groups = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    boolean joinNext = false;
    for (String token : tokens) {
      if (token.toLowerCase(Locale.ROOT).equals("or")) {
        joinNext = !groups.isEmpty();
      } else if (token.startsWith("-") && token.length() > 1) {
        excluded.add(token);
        joinNext = false;
      } else {
        if (joinNext) {
          groups.get(groups.size() - 1).add(token);
        } else {
          groups.add(new ArrayList<>(List.of(token)));
        }
        joinNext = false;
      }
    }
    long alternatives = 1;
    for (List<String> group : groups) {
      alternatives *= group.size();
      if (alternatives > MOST_ALTERNATIVES) {
        return query;
      }
    }
    if (alternatives == 1) {
      return query;
    }
    List<String> combinations = new ArrayList<>(List.of(""));
    for (List<String> group : groups) {
      List<String> longer = new ArrayList<>();
      for (String start : combinations) {
        for (String term : group) {
          longer.add(start.isEmpty() ? term : start + " " + term);
        }
      }
      combinations = longer;
    }
    String without = excluded.isEmpty() ? "" : " " + String.join(" ", excluded);
    List<String> spelled = new ArrayList<>();
    for (String combination : combinations) {
      spelled.add(combination + without);
    }
    return String.join(" or ", spelled);
  }

  /** Words, quoted phrases (with their quotes) and excluded words or phrases, in order. */
  static List<String> tokens(String query) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"') {
        current.append(c);
        quoted = !quoted;
        if (!quoted) {
          tokens.add(current.toString());
          current.setLength(0);
        }
      } else if (Character.isWhitespace(c) && !quoted) {
        if (!current.isEmpty()) {
          tokens.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty()) {
      tokens.add(quoted ? current + "\"" : current.toString());
    }
    return tokens;
  }
}
