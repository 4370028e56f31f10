package org.safeports.membership;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The secretariat's filters on the PFSO page: one country (or all) and one state (or all). Unknown
 * values are ignored, so the page always shows something.
 */
record PfsoFilter(String country, PfsoState state) {

  static PfsoFilter of(String country, String state) {
    String code =
        country == null || !country.matches("[A-Za-z]{2}")
            ? null
            : country.toUpperCase(Locale.ROOT);
    PfsoState chosen = null;
    for (PfsoState s : PfsoState.values()) {
      if (s.name().equals(state)) {
        chosen = s;
      }
    }
    return new PfsoFilter(code, chosen);
  }

  List<String> countries() {
    return country == null ? null : List.of(country);
  }

  List<String> states() {
    return state == null ? null : List.of(state.name());
  }

  String csvPath(String base) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
    if (country != null) {
      uri.queryParam("country", country);
    }
    if (state != null) {
      uri.queryParam("state", state.name());
    }
    return uri.build().toUriString();
  }
}
