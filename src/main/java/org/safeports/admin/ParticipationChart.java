package org.safeports.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.safeports.platform.ParticipationSource.Measure;

/**
 * A horizontal bar chart of one measure, drawn on the server as SVG by the page: a bar per member
 * state with something to show, the largest first, and a line at the region's median. The numbers
 * are in the table beside it, so the chart is an image with a title, not the only way to read them.
 */
record ParticipationChart(
    Measure measure, List<Bar> bars, int width, int height, double medianX, boolean empty) {

  static final int LABEL = 48;
  static final int PLOT = 420;
  static final int ROW = 18;
  static final int TOP = 8;

  /** One bar: its country, value, and where it is drawn. */
  record Bar(String code, String name, long value, int y, int length) {
    public int textY() {
      return y + ROW - 6;
    }

    public int valueX() {
      return LABEL + length + 4;
    }
  }

  static ParticipationChart of(Participation.Table table, Measure measure) {
    List<Participation.Line> shown =
        table.lines().stream()
            .filter(l -> l.value(measure) > 0)
            .sorted(
                Comparator.comparingLong((Participation.Line l) -> l.value(measure))
                    .reversed()
                    .thenComparing(Participation.Line::code))
            .toList();
    long max = shown.isEmpty() ? 1 : Math.max(1, shown.get(0).value(measure));
    List<Bar> bars = new ArrayList<>();
    int y = TOP;
    for (Participation.Line line : shown) {
      int length = (int) Math.max(1, Math.round((double) line.value(measure) * PLOT / max));
      bars.add(new Bar(line.code(), line.name(), line.value(measure), y, length));
      y += ROW;
    }
    double medianX = LABEL + table.median(measure) * PLOT / max;
    return new ParticipationChart(
        measure, bars, LABEL + PLOT + 48, y + TOP, medianX, shown.isEmpty());
  }

  /** Where the median's line ends. */
  public int bottom() {
    return height - TOP;
  }
}
