package org.safeports.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebQueriesTest {

  @Test
  void orJoinsTheWordsBesideItAndTheOthersStayRequired() {
    assertThat(WebQueries.grouped("port callao or lima")).isEqualTo("port callao or port lima");
    assertThat(WebQueries.grouped("a or b c or d")).isEqualTo("a c or a d or b c or b d");
  }

  @Test
  void excludedWordsAndPhrasesApplyToEveryAlternative() {
    assertThat(WebQueries.grouped("\"contingency plan\" flood or hurricane -draft"))
        .isEqualTo("\"contingency plan\" flood -draft or \"contingency plan\" hurricane -draft");
    assertThat(WebQueries.grouped("\"port or harbour\" plan"))
        .isEqualTo("\"port or harbour\" plan");
  }

  @Test
  void aQueryWithoutAlternativesOrWithTooManyIsPassedAsTyped() {
    assertThat(WebQueries.grouped("contingency -tsunami")).isEqualTo("contingency -tsunami");
    assertThat(WebQueries.grouped("or port")).isEqualTo("or port");
    String many = "a or b c or d e or f g or h i or j";
    assertThat(WebQueries.grouped(many)).isEqualTo(many);
  }
}
