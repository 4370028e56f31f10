package org.safeports.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeports.search.TestSearchSources.NOTES;
import static org.safeports.search.TestSearchSources.POSTS;
import static org.safeports.search.TestSearchSources.doc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site search end to end, over HTTP, with test sources: stemming in each language, accents
 * folded both ways, the web-search syntax, "did you mean", facets and counts that respect access, a
 * withdrawal gone at once, the rebuild. Each test's documents carry a word of their own (a marker),
 * searched with the words under test, so that other tests' documents do not count.
 */
@PortalTest
class SearchTests {

  @LocalServerPort int port;
  @Autowired TestSearchSources.Source testNotes;
  @Autowired TestSearchSources.Source testPosts;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  /** A made-up word of letters only, the same for every stemmer. */
  static String marker() {
    return TestSearch.marker();
  }

  /** The results page, without the marks around the words found. */
  String search(PortalClient client, String q) {
    return TestSearch.unmarked(marked(client, q));
  }

  String marked(PortalClient client, String q) {
    var page = client.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(page.status()).isEqualTo(200);
    return page.body();
  }

  @Test
  void eachLanguageIsStemmedInItsOwnWay() {
    String m = marker();
    testNotes.publish(m + "-en", doc(NOTES, m + "-en", "en", "Evacuating ports " + m, "Drills."));
    testNotes.publish(
        m + "-es", doc(NOTES, m + "-es", "es", "Planes portuarios " + m, "Las evacuaciones."));
    testNotes.publish(
        m + "-pt", doc(NOTES, m + "-pt", "pt", "Planos " + m, "Os portos do Brasil."));
    testNotes.publish(
        m + "-fr", doc(NOTES, m + "-fr", "fr", "Exercices " + m, "Les ouragans arrivent."));
    PortalClient client = new PortalClient(port);

    // English: "evacuated" and "evacuating" share a stem.
    assertThat(search(client, m + " evacuated")).contains("Evacuating ports").contains("1 result");
    // Spanish: "plan" finds "planes".
    assertThat(search(client, m + " plan")).contains("Planes portuarios");
    // Portuguese: "porto" finds "portos".
    assertThat(search(client, m + " porto")).contains("Planos " + m);
    // French: "ouragan" finds "ouragans".
    assertThat(search(client, m + " ouragan")).contains("Exercices " + m);
  }

  @Test
  void aDocumentIsMatchedOnlyAsItsOwnLanguageStemsTheWords() {
    String m = marker();
    testNotes.publish(m + "-en", doc(NOTES, m + "-en", "en", "Plan of the harbour " + m, "."));
    testNotes.publish(m + "-es", doc(NOTES, m + "-es", "es", "Plan del puerto " + m, "."));
    PortalClient client = new PortalClient(port);

    // Spanish stems "planes" to plan, English to plane: the Spanish text has the word, the
    // English one does not, though the Spanish reading of the query matches its "plan" too.
    assertThat(search(client, m + " planes"))
        .contains("Plan del puerto")
        .doesNotContain("Plan of the harbour")
        .contains("1 result");
  }

  @Test
  void accentsAreFoldedBothWays() {
    String m = marker();
    testNotes.publish(
        m + "-a", doc(NOTES, m + "-a", "es", "Plan ante el huracán " + m, "Costa atlántica."));
    testNotes.publish(
        m + "-b", doc(NOTES, m + "-b", "pt", "Plano de evacuação " + m, "Porto de Santos."));
    testNotes.publish(
        m + "-c", doc(NOTES, m + "-c", "es", "Simulacro de huracan " + m, "Sin tilde."));
    PortalClient client = new PortalClient(port).language("es");

    String unaccented = search(client, m + " huracan");
    assertThat(marked(client, m + " huracan")).contains("<mark>huracán</mark>");
    assertThat(unaccented)
        .contains("Plan ante el")
        .contains("Simulacro de")
        .contains("2 resultados");
    String accented = search(client, m + " huracán");
    assertThat(accented).contains("Plan ante el").contains("Simulacro de");
    assertThat(search(client, m + " evacuacao")).contains("Plano de evacuação");
  }

  @Test
  void quotesMinusAndOrWorkAsOnTheWeb() {
    String m = marker();
    testNotes.publish(
        m + "-1", doc(NOTES, m + "-1", "en", "Contingency plan " + m, "For the port of Callao."));
    testNotes.publish(
        m + "-2", doc(NOTES, m + "-2", "en", "Plan of contingency " + m, "Tsunami drills."));
    testNotes.publish(
        m + "-3", doc(NOTES, m + "-3", "en", "Earthquake notes " + m, "Seismic risk."));
    PortalClient client = new PortalClient(port);

    String phrase = search(client, m + " \"contingency plan\"");
    assertThat(phrase).contains("1 result").contains("Callao");
    String minus = search(client, m + " contingency -tsunami");
    assertThat(minus).contains("1 result").contains("Callao").doesNotContain("Tsunami drills");
    String either = search(client, m + " callao or earthquake");
    assertThat(either).contains("2 results").contains("Earthquake notes");
  }

  @Test
  void aMisspeltWordGetsASuggestionFromThePortalsWords() {
    String m = marker();
    String word = m + "sargassum";
    testNotes.publish(m, doc(NOTES, m, "en", "Seaweed on the beaches", "The " + word + " season."));
    PortalClient client = new PortalClient(port);

    String misspelt = word.substring(0, word.length() - 3) + "sun";
    String page = search(client, misspelt);
    assertThat(page).contains("No result").contains("Did you mean").contains(">" + word + "</a>");
    assertThat(page).contains("href=\"/search?q=" + word + "\"");
    // The words of what only some may read are not suggested to others.
    String secret = m + "mangroves";
    testNotes.publish(
        m + "-p", doc(NOTES, m + "-p", "en", "PFSO notes", "The " + secret + " drill.", "PFSO"));
    assertThat(search(client, secret.substring(0, secret.length() - 2) + "xx"))
        .doesNotContain(secret);
  }

  @Test
  void resultsAndCountsShowOnlyWhatTheReaderMaySee() {
    String m = marker();
    testNotes.publish(m + "-pub", doc(NOTES, m + "-pub", "en", "Open harbour note " + m, "All."));
    testPosts.publish(
        m + "-signed",
        doc(POSTS, m + "-signed", "en", "Members harbour post " + m, "Members.", "SIGNED_IN"));
    testPosts.publish(
        m + "-pfso", doc(POSTS, m + "-pfso", "en", "PFSO harbour post " + m, "Officers.", "PFSO"));

    PortalClient visitor = new PortalClient(port);
    String seen = search(visitor, m + " harbour");
    assertThat(seen).contains("Open harbour note").contains("1 result");
    assertThat(seen).doesNotContain("Members harbour post").doesNotContain("PFSO harbour post");
    // The kind facet counts only what the visitor sees: no test-posts value at all.
    assertThat(seen).doesNotContain("kind=" + POSTS);

    String email = TestAccounts.freshEmail("search-user");
    accounts.create(email, PortalRole.USER);
    PortalClient user = new PortalClient(port);
    user.signIn(email, TestAccounts.PASSWORD);
    String userPage = search(user, m + " harbour");
    assertThat(userPage).contains("2 results").contains("Members harbour post");
    assertThat(userPage).doesNotContain("PFSO harbour post");

    String pfsoEmail = TestAccounts.freshEmail("search-pfso");
    accounts.create(pfsoEmail, PortalRole.PFSO);
    PortalClient pfso = new PortalClient(port);
    pfso.signIn(pfsoEmail, TestAccounts.PASSWORD);
    String pfsoPage = search(pfso, m + " harbour");
    assertThat(pfsoPage).contains("3 results").contains("PFSO harbour post");
    assertThat(pfsoPage).contains("kind=" + POSTS).contains("(2)");

    // Choosing a facet narrows the results and keeps the words.
    String narrowed =
        TestSearch.unmarked(pfso.get("/search?q=" + m + "+harbour&kind=" + POSTS).body());
    assertThat(narrowed).contains("2 results").doesNotContain("Open harbour note");
    // Titles suggested while typing respect access too.
    assertThat(visitor.get("/search/suggest?q=PFSO+harbour+" + m).body()).isEqualTo("[]");
    assertThat(pfso.get("/search/suggest?q=PFSO+harb").body()).contains("PFSO harbour post");
  }

  @Test
  void aWithdrawnItemIsGoneAtOnceAndARolledBackChangeLeavesTheIndexAsItWas() {
    String m = marker();
    testNotes.publish(m, doc(NOTES, m, "en", "Breakwater works " + m, "Soon."));
    PortalClient client = new PortalClient(port);
    assertThat(search(client, m)).contains("Breakwater works");

    // A change whose transaction rolls back takes the index's change with it.
    testNotes.forget(m);
    transactions.executeWithoutResult(
        tx -> {
          testNotes.announce(m);
          tx.setRollbackOnly();
        });
    assertThat(search(client, m)).contains("Breakwater works");

    testNotes.withdraw(m);
    assertThat(search(client, m)).contains("No result").doesNotContain("Breakwater works");
  }

  @Test
  void anItemGivenARestrictedAudienceDisappearsForVisitorsAtOnce() {
    String m = marker();
    testNotes.publish(m, doc(NOTES, m, "en", "Gate procedures " + m, "Access control."));
    PortalClient client = new PortalClient(port);
    assertThat(search(client, m)).contains("Gate procedures");
    testNotes.publish(m, doc(NOTES, m, "en", "Gate procedures " + m, "Access control.", "PFSO"));
    assertThat(search(client, m)).contains("No result");
  }

  @Test
  void theRebuildReindexesEverythingFromTheSourcesAndIsAudited() {
    String m = marker();
    testNotes.silently(m + "-new", doc(NOTES, m + "-new", "fr", "Digue du port " + m, "Travaux."));
    testNotes.publish(m + "-old", doc(NOTES, m + "-old", "en", "Old pier " + m, "Gone."));
    testNotes.forget(m + "-old");
    PortalClient client = new PortalClient(port);
    assertThat(search(client, m)).contains("Old pier").doesNotContain("Digue du port");

    String admin = TestAccounts.freshEmail("search-admin");
    accounts.create(admin, PortalRole.ADMIN);
    PortalClient secretariat = new PortalClient(port);
    secretariat.signIn(admin, TestAccounts.PASSWORD);
    String screen = secretariat.get("/admin/search").body();
    assertThat(screen).contains("Rebuild the index").contains(NOTES);
    var rebuilt = secretariat.post("/admin/search/rebuild");
    assertThat(rebuilt.isRedirectTo("/admin/search")).isTrue();

    assertThat(search(client, m)).contains("Digue du port").doesNotContain("Old pier");
    assertThat(secretariat.get("/admin/search").body()).contains("by " + admin);
    long audited =
        jdbc.sql("select count(*) from audit_entry where action = 'SEARCH_INDEX_REBUILT'")
            .query(Long.class)
            .single();
    assertThat(audited).isPositive();
  }

  @Test
  void theEmptyAndTheNoResultPagesHelp() {
    PortalClient client = new PortalClient(port).language("es");
    String empty = client.get("/search").body();
    assertThat(empty).contains("Cómo buscar").contains("href=\"/library\"").contains("/forum");
    String none = search(client, marker());
    assertThat(none)
        .contains("Ningún resultado")
        .contains("/library?q=")
        .contains("/forum/search?q=");
  }

  @Test
  void pagesBeyondTheLastComeBackToTheLastAndPagingKeepsTheWords() {
    String m = marker();
    for (int i = 0; i < 12; i++) {
      testPosts.publish(
          m + i, doc(POSTS, m + i, "en", "Mooring report " + i + " " + m, "Lines and bollards."));
    }
    PortalClient client = new PortalClient(port);
    String first = search(client, m + " mooring");
    assertThat(first).contains("12 results").contains("Page 1 of 2");
    assertThat(first).contains("href=\"/search?q=" + m + "+mooring&amp;page=2\"");
    String beyond = client.get("/search?q=" + m + "+mooring&page=40").body();
    assertThat(beyond).contains("Page 2 of 2");
    assertThat(beyond.split("class=\"search-hit\"", -1)).hasSize(3);
  }
}
