package org.safeports.forum;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @handle} in a post: the handles it names, and the Markdown with each known handle turned
 * into a link to that person's forum page. Only handles (letters, digits, dots, dashes) are
 * matched, so a mention cannot carry markup; unknown handles stay plain text.
 */
final class Mentions {

  static final Pattern MENTION =
      Pattern.compile(
          "(?<![\\p{Alnum}@/\\[])@([a-z0-9][a-z0-9.-]{0,38}[a-z0-9])", Pattern.CASE_INSENSITIVE);

  private Mentions() {}

  static Set<String> handlesIn(String markdown) {
    Set<String> handles = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(markdown);
    while (matcher.find()) {
      handles.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
      if (handles.size() == 20) {
        break;
      }
    }
    return handles;
  }

  /** The Markdown with known handles linked; everything else untouched. */
  static String linked(String markdown, Map<String, Long> known) {
    Matcher matcher = MENTION.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String handle = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
      String replacement =
          known.containsKey(handle)
              ? "[@" + handle + "](/forum/u/" + handle + ")"
              : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
