package org.safeports.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeports.search.TestSearchSources.POSTS;
import static org.safeports.search.TestSearchSources.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A results page costs the same statements whatever it finds: one, for the facets (and the total),
 * the page, and "did you mean" when nothing matches.
 */
@PortalTest
class SearchQueryCountTests {

  @LocalServerPort int port;
  @Autowired TestSearchSources.Source testPosts;

  List<String> statementsOf(PortalClient client, String path) {
    client.get(path); // the first request of a client may set up its session; not counted
    return QueryCounter.statementsOf(() -> assertThat(client.get(path).status()).isEqualTo(200))
        .stream()
        .filter(sql -> !QueryCounter.sessionStore(sql))
        .toList();
  }

  @Test
  void theStatementsOfAResultsPageDoNotGrowWithItsResults() {
    String one = SearchTests.marker();
    String many = SearchTests.marker();
    testPosts.publish(one, doc(POSTS, one, "en", "Single " + one, "Alone."));
    for (int i = 0; i < 25; i++) {
      testPosts.publish(
          many + i, doc(POSTS, many + i, "es", "Informe " + i + " " + many, "Texto " + i + "."));
    }
    PortalClient client = new PortalClient(port);

    List<String> few = statementsOf(client, "/search?q=" + one);
    List<String> lots = statementsOf(client, "/search?q=" + many);
    List<String> lastPage = statementsOf(client, "/search?q=" + many + "&page=3");
    List<String> none = statementsOf(client, "/search?q=" + one + "xyz");

    assertThat(lots).hasSameSizeAs(few);
    assertThat(lastPage).hasSameSizeAs(few);
    assertThat(none).hasSameSizeAs(few);
    long searchStatements =
        lots.stream()
            .filter(s -> s.contains("search_document") || s.contains("search_word"))
            .count();
    assertThat(searchStatements).isEqualTo(1);
  }
}
