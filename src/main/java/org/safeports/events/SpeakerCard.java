package org.safeports.events;

import java.util.List;
import java.util.Locale;

/**
 * A speaker on the speakers' page: who, from where (an ISO 3166 country code, or null), a short bio
 * and the talks they give.
 */
record SpeakerCard(
    long id,
    String name,
    String organisation,
    String country,
    String bio,
    boolean photo,
    List<String> talks) {

  /** The country's name in the reader's language; empty when none is given. */
  public String countryName(Locale locale) {
    return SpeakerCountries.name(country, locale);
  }
}
