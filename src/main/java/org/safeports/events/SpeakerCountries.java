package org.safeports.events;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The countries a speaker may come from: every ISO 3166 country (speakers come from outside the
 * member states too), named in the reader's language and sorted the way that language sorts.
 */
final class SpeakerCountries {

  /** A country as the form's list shows it. */
  record Country(String code, String name) {}

  private static final Set<String> CODES =
      Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

  private SpeakerCountries() {}

  static List<Country> in(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return CODES.stream()
        .map(code -> new Country(code, name(code, locale)))
        .sorted(Comparator.comparing(Country::name, collator))
        .toList();
  }

  static boolean known(String code) {
    return code != null && CODES.contains(code);
  }

  /** The country's name in the reader's language; empty for none. */
  static String name(String code, Locale locale) {
    return code == null || code.isBlank()
        ? ""
        : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
  }
}
