package org.safeports.membership;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.security.Viewer;

/**
 * A shading of the members' map that another module gives (the surveys module shades each state by
 * its participation): a few levels with their legend, and for each shaded state its level and the
 * same fact in words, which the map's labels and the table beside it show so that the shading is
 * never read from colour alone. The members page uses the first bean of this type, by {@link
 * #order()}, that has something to show to the viewer.
 */
public interface MapShading {

  /** The shading levels the map and legend draw; more levels than this are not drawn. */
  int MAX_LEVELS = 4;

  /** Lower is tried first. */
  int order();

  /** What to shade for this viewer, in the reader's language; empty to leave the map as it is. */
  Optional<Shading> of(Locale locale, Viewer viewer);

  /**
   * @param heading what the shading shows (the legend's heading and the table's column)
   * @param levels the legend's labels, from the lightest level (0) to the darkest
   * @param states by member state's code; a state not in it is not shaded
   */
  record Shading(String heading, List<String> levels, Map<String, Shade> states) {
    public Shading {
      if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
        throw new IllegalArgumentException("A shading has 1 to " + MAX_LEVELS + " levels");
      }
      levels = List.copyOf(levels);
      states = Map.copyOf(states);
    }

    /** The state's shade, or null when it has none. */
    public Shade of(String code) {
      return states.get(code);
    }
  }

  /**
   * @param level an index into the shading's levels
   * @param text the state's figure in words, such as "answered 2 of 3"
   */
  record Shade(int level, String text) {}
}
