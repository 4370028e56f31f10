package org.safeports.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search's statements reach the documents through the GIN indexes of their words (one per
 * language), not by reading the table, and take the indexes' answer without testing each
 * candidate's vector again: checked with EXPLAIN on a few thousand documents, in a transaction
 * rolled back after.
 */
@PortalTest
class SearchIndexPlanTests {

  static final String BULK = "test-bulk";

  @Autowired SearchIndex index;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void theResultsAndFacetsUseTheIndexOfWords() {
    String rare = SearchTests.marker();
    transactions.executeWithoutResult(
        tx -> {
          List<SearchDocument> docs = new ArrayList<>();
          String[] words = {"port", "security", "plan", "drill", "cargo", "vessel", "berth"};
          for (int i = 0; i < 4000; i++) {
            String language = List.of("en", "es", "pt", "fr").get(i % 4);
            String body =
                words[i % words.length] + " " + words[(i / 7) % words.length] + " report " + i;
            if (i % 1000 == 7) {
              body += " " + rare;
            }
            docs.add(
                new SearchDocument(
                    BULK,
                    "b" + i,
                    language,
                    "Bulk " + i,
                    "",
                    body,
                    "/test/bulk/" + i,
                    Set.of(i % 3 == 0 ? SearchDocument.PUBLIC : "PFSO"),
                    null,
                    Set.of(),
                    Instant.parse("2025-01-01T00:00:00Z")));
            if (docs.size() == 500) {
              index.insert(docs);
              docs.clear();
            }
          }
          jdbc.sql("analyze search_document").update();

          SearchQuery query = SearchQuery.of(rare, null, null, null, null, null, null);
          Map<String, Object> params = new LinkedHashMap<>();
          String facets =
              SearchSql.bestMatches(query, "en", "PUBLIC", params)
                  + " select source, count(*) from best group by source";
          String plan =
              String.join(
                  "\n", jdbc.sql("explain " + facets).params(params).query(String.class).list());
          assertThat(plan)
              .contains(
                  "search_document_vector_en",
                  "search_document_vector_es",
                  "search_document_vector_pt",
                  "search_document_vector_fr")
              .doesNotContain("Seq Scan on search_document");
          // Each language's index answers that language's query: no candidate's vector is read
          // again to test it (a Filter on the vector would do so for every row the index found).
          assertThat(plan.lines().filter(l -> l.contains("Filter:") && l.contains("vector @@")))
              .isEmpty();

          List<Map<String, Object>> found = jdbc.sql(facets).params(params).query().listOfRows();
          // Four documents carry the word; a visitor reads those whose number is a multiple of
          // three: 2007 only.
          long expected =
              java.util.stream.IntStream.of(7, 1007, 2007, 3007).filter(i -> i % 3 == 0).count();
          long counted = found.stream().mapToLong(r -> ((Number) r.get("count")).longValue()).sum();
          assertThat(counted).isEqualTo(expected);
          tx.setRollbackOnly();
        });
  }
}
