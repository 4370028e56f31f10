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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A results page costs the same statements whatever it finds: the index's version, then one for the
 * facets (and the total), the page, and "did you mean" when nothing matches. The same page asked
 * again under the same version costs the version alone.
 */
@PortalTest
class SearchQueryCountTests {

  @LocalServerPort int port;
  @Autowired TestSearchSources.Source testPosts;
  @Autowired JdbcClient jdbc;

  static List<String> statementsOf(PortalClient client, String path) {
    return QueryCounter.statementsOf(() -> assertThat(client.get(path).status()).isEqualTo(200))
        .stream()
        .filter(sql -> !QueryCounter.sessionStore(sql))
        .toList();
  }

  static long searchStatements(List<String> statements) {
    return statements.stream()
        .filter(s -> s.contains("search_document") || s.contains("search_word"))
        .count();
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
    client.get("/search"); // the first request of a client may set up its session; not counted

    List<String> few = statementsOf(client, "/search?q=" + one);
    List<String> lots = statementsOf(client, "/search?q=" + many);
    List<String> lastPage = statementsOf(client, "/search?q=" + many + "&page=3");
    List<String> none = statementsOf(client, "/search?q=" + one + "xyz");

    assertThat(lots).hasSameSizeAs(few);
    assertThat(lastPage).hasSameSizeAs(few);
    assertThat(none).hasSameSizeAs(few);
    assertThat(searchStatements(lots)).isEqualTo(1);
    assertThat(lots).anyMatch(s -> s.contains("search_index_version"));
  }

  @Test
  void aPageAskedAgainUnderTheSameVersionCostsTheVersionAlone() {
    String word = SearchTests.marker();
    testPosts.publish(word, doc(POSTS, word, "en", "Kept " + word, "Once."));
    PortalClient client = new PortalClient(port);
    client.get("/search");

    List<String> first = statementsOf(client, "/search?q=" + word);
    List<String> again = statementsOf(client, "/search?q=" + word);

    assertThat(searchStatements(first)).isEqualTo(1);
    assertThat(searchStatements(again)).isZero();
    assertThat(again).hasSize(first.size() - 1);

    // Another instance changed the index: the version moved, so the page is found again.
    jdbc.sql("select nextval('search_index_version')").query(Long.class).single();
    assertThat(searchStatements(statementsOf(client, "/search?q=" + word))).isEqualTo(1);
  }
}
