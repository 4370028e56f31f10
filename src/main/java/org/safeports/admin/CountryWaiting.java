package org.safeports.admin;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.CountryWaitingSource;
import org.safeports.platform.CountryWaitingSource.Waiting;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What waits for one member state, from every module that counts some ({@link
 * CountryWaitingSource}), as the lines of the monthly summary in the delegate's language: a line
 * per kind, zero included, so the delegate sees that nothing waits as plainly as that something
 * does.
 */
@Component
class CountryWaiting {

  private final List<CountryWaitingSource> sources;
  private final MessageSource messages;

  CountryWaiting(List<CountryWaitingSource> sources, MessageSource messages) {
    this.sources = sources;
    this.messages = messages;
  }

  /** The count of each kind for this member state, every kind present. */
  Map<Waiting, Long> of(String countryCode) {
    Map<Waiting, Long> counts = new EnumMap<>(Waiting.class);
    for (Waiting kind : Waiting.values()) {
      counts.put(kind, 0L);
    }
    for (CountryWaitingSource source : sources) {
      source.waitingFor(countryCode).forEach((kind, n) -> counts.merge(kind, n, Long::sum));
    }
    return counts;
  }

  /** The counts as the summary's lines, one per kind, in the reader's language. */
  String text(Map<Waiting, Long> counts, Locale locale) {
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (kind, n) ->
            text.append(
                    messages.getMessage(
                        "admin.participation.waiting." + kind.name(),
                        new Object[] {Long.toString(n)},
                        locale))
                .append('\n'));
    return text.toString().strip();
  }
}
