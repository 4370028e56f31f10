package org.safeports.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.safeports.platform.security.Viewer;

/** The reader's words and keys as the SQL needs them, without regular expressions. */
final class SearchWords {

  /** Operators of the web-search syntax, not words to correct. */
  private static final Set<String> OPERATORS = Set.of("or", "and");

  private SearchWords() {}

  /**
   * The access keys a reader holds: {@link SearchDocument#PUBLIC} always, {@link
   * SearchDocument#SIGNED_IN} when signed in, and the roles the reader holds (through the role
   * hierarchy), comma-separated.
   */
  static String keys(Viewer viewer) {
    Set<String> keys = new TreeSet<>();
    keys.add(SearchDocument.PUBLIC);
    if (viewer != null && viewer.signedIn()) {
      keys.add(SearchDocument.SIGNED_IN);
      keys.addAll(viewer.roles());
    }
    return String.join(",", keys);
  }

  /** Lower case, accents taken off: how the vocabulary holds words. */
  static String folded(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The runs of letters and digits of the text, folded. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    String folded = folded(text);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (!word.isEmpty()) {
        tokens.add(word.toString());
        word.setLength(0);
      }
    }
    return tokens;
  }

  /** The words worth correcting: letters only, four or more, not an operator. */
  static List<String> correctable(String q) {
    List<String> words = new ArrayList<>();
    for (String token : tokens(q)) {
      if (token.length() >= 4 && token.length() <= 30 && letters(token)) {
        words.add(token);
      }
    }
    return words;
  }

  /**
   * The query with each corrected word replaced, or null when nothing changed. Quotes and minus
   * signs stay where they were.
   */
  static String corrected(String q, List<String> words, List<String> corrections) {
    String folded = folded(q);
    StringBuilder out = new StringBuilder();
    int from = 0;
    boolean changed = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String better = corrections.get(i);
      int at = wordAt(folded, word, from);
      if (at < 0) {
        continue;
      }
      out.append(folded, from, at).append(better);
      from = at + word.length();
      changed |= !better.equals(word);
    }
    out.append(folded.substring(from));
    return changed ? out.toString() : null;
  }

  /** A tsquery of the typed words as title prefixes ("hura plan" finds "Huracán: plan ..."). */
  static String titlePrefixes(String q) {
    List<String> parts = new ArrayList<>();
    for (String token : tokens(q)) {
      if (!OPERATORS.contains(token) && parts.size() < 6) {
        parts.add(token + ":*A");
      }
    }
    return String.join(" & ", parts);
  }

  private static boolean letters(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return false;
      }
    }
    return !OPERATORS.contains(token);
  }

  /** Where the word starts as a whole word in the text, from an index; -1 when it does not. */
  private static int wordAt(String text, String word, int from) {
    int at = text.indexOf(word, from);
    while (at >= 0) {
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + word.length();
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      at = text.indexOf(word, at + 1);
    }
    return -1;
  }
}
