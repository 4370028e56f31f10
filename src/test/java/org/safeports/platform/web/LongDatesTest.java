package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in the long form of each language, times in UTC saying so. */
class LongDatesTest {

  static LongDates in(String language) {
    return new LongDates(Locale.forLanguageTag(language));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|7 March 2011",
        "es|7 de marzo de 2011",
        "pt|7 de março de 2011",
        "fr|7 mars 2011",
        // A reader's regional variant still gets the portal's form of the language.
        "en-US|7 March 2011",
        "es-MX|7 de marzo de 2011"
      })
  void aDateIsWrittenInTheLongFormOfEachLanguage(String language, String expected) {
    assertThat(in(language).date(LocalDate.of(2011, 3, 7))).isEqualTo(expected);
    assertThat(in(language).date(Instant.parse("2011-03-07T14:05:00Z"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|7 March 2011, 14:05 UTC|7 March 2011, 14:05:09 UTC",
        "es|7 de marzo de 2011, 14:05 UTC|7 de marzo de 2011, 14:05:09 UTC",
        "pt|7 de março de 2011, 14:05 UTC|7 de março de 2011, 14:05:09 UTC",
        "fr|7 mars 2011, 14:05 UTC|7 mars 2011, 14:05:09 UTC"
      })
  void aTimeIsInUtcAndSaysSo(String language, String minutes, String seconds) {
    Instant when = Instant.parse("2011-03-07T14:05:09Z");
    assertThat(in(language).dateTime(when)).isEqualTo(minutes);
    assertThat(in(language).dateTimeWithSeconds(when)).isEqualTo(seconds);
  }

  @Test
  void everyKindOfTimeIsShownInUtc() {
    LongDates english = in("en");
    OffsetDateTime inLima = OffsetDateTime.of(2011, 3, 7, 21, 30, 0, 0, ZoneOffset.ofHours(-5));
    assertThat(english.dateTime(inLima)).isEqualTo("8 March 2011, 02:30 UTC");
    assertThat(english.date(inLima)).isEqualTo("8 March 2011");
    assertThat(english.dateTime(inLima.atZoneSameInstant(ZoneOffset.ofHours(9))))
        .isEqualTo("8 March 2011, 02:30 UTC");
    assertThat(english.dateTime(LocalDateTime.of(2011, 3, 7, 9, 0)))
        .isEqualTo("7 March 2011, 09:00 UTC");
  }

  @Test
  void machineDatesAreIsoInUtc() {
    LongDates spanish = in("es");
    Instant lateEvening = Instant.parse("2011-03-07T23:30:00Z");
    assertThat(spanish.isoDate(lateEvening)).isEqualTo("2011-03-07");
    assertThat(spanish.isoDate(LocalDate.of(2011, 3, 7))).isEqualTo("2011-03-07");
    assertThat(spanish.isoDateTime(lateEvening)).isEqualTo("2011-03-07T23:30:00Z");
    assertThat(spanish.date(lateEvening)).isEqualTo("7 de marzo de 2011");
  }

  @Test
  void nothingIsShownForNoDateAndSomethingElseIsRefused() {
    assertThat(in("fr").date(null)).isEmpty();
    assertThat(in("fr").dateTime(null)).isEmpty();
    assertThatThrownBy(() -> in("fr").date("2011-03-07"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
