package org.safeports.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeports.membership.Country;
import org.safeports.membership.MemberStates;
import org.safeports.platform.ParticipationSource;
import org.safeports.platform.ParticipationSource.Measure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation of each OAS member state in a period, from what every module counts ({@link
 * ParticipationSource}), with the region's median of each measure (over every member state, those
 * with nothing included).
 */
@Service
class Participation {

  /** One member state's line: a value per measure, in {@link Measure} order. */
  record Line(String code, String name, long[] values) {
    public long value(Measure measure) {
      return values[measure.ordinal()];
    }
  }

  /** The table: a line per member state (by name) and the medians. */
  record Table(ParticipationPeriod period, List<Line> lines, double[] medians) {
    public double median(Measure measure) {
      return medians[measure.ordinal()];
    }

    /** The median as the page writes it: whole when it is, else with one decimal. */
    public String medianText(Measure measure) {
      return ParticipationNumbers.plain(median(measure));
    }

    Optional<Line> lineOf(String code) {
      return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }
  }

  private final List<ParticipationSource> sources;
  private final MemberStates states;

  Participation(List<ParticipationSource> sources, MemberStates states) {
    this.sources = sources;
    this.states = states;
  }

  @Transactional(readOnly = true)
  Table of(ParticipationPeriod period, Locale locale) {
    return between(period, period.from(), period.to(), locale);
  }

  /** The table of any span of time, such as a month (then without a period of the page's). */
  @Transactional(readOnly = true)
  Table between(ParticipationPeriod period, Instant from, Instant to, Locale locale) {
    Map<Measure, Map<String, Long>> figures = new EnumMap<>(Measure.class);
    for (ParticipationSource source : sources) {
      figures.putAll(source.figures(from, to));
    }
    List<Line> lines = new ArrayList<>();
    for (Country country : states.oasStates(locale)) {
      long[] values = new long[Measure.values().length];
      for (Measure measure : Measure.values()) {
        values[measure.ordinal()] =
            figures.getOrDefault(measure, Map.of()).getOrDefault(country.code(), 0L);
      }
      lines.add(new Line(country.code(), country.name(), values));
    }
    double[] medians = new double[Measure.values().length];
    for (Measure measure : Measure.values()) {
      medians[measure.ordinal()] =
          median(lines.stream().mapToLong(l -> l.value(measure)).toArray());
    }
    return new Table(period, List.copyOf(lines), medians);
  }

  static double median(long[] values) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }
}
