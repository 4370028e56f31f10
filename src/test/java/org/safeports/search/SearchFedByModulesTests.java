package org.safeports.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.library.TestLibrary;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The index kept by the modules' own changes, through their services as the editors' screens call
 * them (not through the test sources): what they publish is found at once, what they archive is
 * gone at once, with no rebuild. The modules keep their rows with JPA, which writes an entity's new
 * state only when the transaction commits, and the sources read them with SQL.
 */
@PortalTest
class SearchFedByModulesTests {

  @LocalServerPort int port;
  @Autowired TestContent content;
  @Autowired TestLibrary library;
  @Autowired TestPieces pieces;

  String found(String word) {
    return TestSearch.unmarked(new PortalClient(port).get("/search?q=" + word).body());
  }

  @Test
  void whatTheModulesPublishIsFoundAndWhatTheyArchiveIsGoneAtOnce() {
    String word = TestSearch.marker();
    long news =
        content.publishedNews(TestContent.freshSlug("fed-news"), "Harbour notice " + word, "Text.");
    content.publishedPage(TestContent.freshSlug("fed-page"), "Harbour page " + word, "Text.");
    long guide = library.published("PUBLIC", "GT", "Harbour guide " + word, "Words of the guide.");
    pieces.published("Harbour voice " + word, "A summary of the piece.", "es");

    assertThat(found(word))
        .contains("Harbour notice " + word)
        .contains("Harbour page " + word)
        .contains("Harbour guide " + word)
        .contains("Harbour voice " + word);

    content.archive(news);
    library.withdraw(guide);
    assertThat(found(word))
        .doesNotContain("Harbour notice " + word)
        .doesNotContain("Harbour guide " + word)
        .contains("Harbour page " + word);
  }
}
