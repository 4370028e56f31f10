package org.safeports.search;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** The search's test sources for tests of other packages (the XSS corpus, browser tests). */
@Component
public class TestSearch {

  public static final String NOTES = TestSearchSources.NOTES;

  private final TestSearchSources.Source notes;

  TestSearch(TestSearchSources.Source testNotes) {
    this.notes = testNotes;
  }

  /** A made-up word of letters only, the same for every stemmer. */
  public static String marker() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  /** A results page without the marks the search puts around the words it found. */
  public static String unmarked(String html) {
    return html.replace("<mark>", "").replace("</mark>", "");
  }

  /** Publishes a note of the test source, announced as a module does. */
  public void publish(String ref, String language, String title, String body, String... access) {
    notes.publish(ref, TestSearchSources.doc(NOTES, ref, language, title, body, access));
  }

  /** Publishes a note with its country and hazards, for the facets. */
  public void publish(
      String ref, String language, String title, String body, String country, Set<String> hazards) {
    notes.publish(
        ref,
        new SearchDocument(
            NOTES,
            ref,
            language,
            title,
            "",
            body,
            "/test/" + NOTES + "/" + ref + "/" + language,
            Set.of(SearchDocument.PUBLIC),
            country,
            hazards,
            java.time.Instant.parse("2025-06-01T12:00:00Z")));
  }

  public void withdraw(String ref) {
    notes.withdraw(ref);
  }
}
