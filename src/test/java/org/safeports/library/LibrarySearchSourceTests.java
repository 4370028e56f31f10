package org.safeports.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchableChange;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the library gives the site search, and when it tells the search a document changed. */
@PortalTest
@RecordApplicationEvents
class LibrarySearchSourceTests {

  @Autowired TestLibrary library;
  @Autowired LibraryService service;
  @Autowired LibrarySearchSource source;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @Test
  void aPublishedDocumentCarriesItsTextCountryHazardsAndDate() {
    long id = library.published("PUBLIC", "CR", "Berth roster", "The quayside roster words.");

    List<SearchDocument> documents = source.documents(Long.toString(id));
    assertThat(documents).hasSize(1);
    SearchDocument en = documents.get(0);
    assertThat(en.source()).isEqualTo("library");
    assertThat(en.language()).isEqualTo("en");
    assertThat(en.title()).isEqualTo("Berth roster");
    assertThat(en.summary()).isEqualTo("About Berth roster");
    assertThat(en.body()).contains("quayside roster words");
    assertThat(en.path()).isEqualTo("/library/" + id + "?lang=en");
    assertThat(en.access()).containsExactly(SearchDocument.PUBLIC);
    assertThat(en.country()).isEqualTo("CR");
    assertThat(en.hazards()).containsExactly("OTHER");
    assertThat(en.publishedAt()).isNotNull();
  }

  @Test
  void eachAccessLevelIsFoundByExactlyThoseItLetsRead() {
    assertThat(accessOf("MEMBERS")).isEqualTo(Set.of("ASSOCIATE", "PFSO"));
    assertThat(accessOf("DELEGATES")).isEqualTo(Set.of("DELEGATE"));
    assertThat(accessOf("PFSOS")).isEqualTo(Set.of("PFSO"));
    // The same rule as the library's own: every role set the access names reads the level.
    for (AccessLevel level : AccessLevel.values()) {
      for (String role : LibrarySearchSource.access(level)) {
        Viewer holder =
            role.equals(SearchDocument.PUBLIC) ? Viewer.ANONYMOUS : new Viewer("x", Set.of(role));
        assertThat(level.readableBy(holder)).as(level + " " + role).isTrue();
      }
    }
    assertThat(AccessLevel.MEMBERS.readableBy(new Viewer("x", Set.of("USER")))).isFalse();
  }

  @Test
  void aTitleInAnotherLanguageIsADocumentInThatLanguageAndAnAccessChangeIsTold() {
    long id = library.published("PUBLIC", "CR", "Cyber drill", "Network words.");
    long seen = changesOf(id);
    service.update(
        id,
        versionOf(id),
        new DocumentMetadata(
            DocumentType.STANDARD_GUIDANCE,
            "CR",
            null,
            List.of(Hazard.CYBER_INCIDENT, Hazard.OTHER),
            "en",
            2026,
            AccessLevel.PFSOS,
            null,
            List.of(
                new Description("en", "Cyber drill", "About it"),
                new Description("es", "Simulacro cibernético", "Sobre ello")),
            List.of(),
            null),
        editor());
    assertThat(changesOf(id)).isEqualTo(seen + 1);

    List<SearchDocument> documents = source.documents(Long.toString(id));
    assertThat(documents).extracting(SearchDocument::language).containsExactly("en", "es");
    SearchDocument es = documents.get(1);
    assertThat(es.title()).isEqualTo("Simulacro cibernético");
    assertThat(es.body()).contains("Network words");
    assertThat(es.access()).containsExactly("PFSO");
    assertThat(es.hazards()).containsExactlyInAnyOrder("CYBER_INCIDENT", "OTHER");
  }

  @Test
  void withdrawnAndPendingDocumentsGiveNothing() {
    long id = library.published("MEMBERS", null, "Withdrawn one", "Words.");
    long seen = changesOf(id);
    service.withdraw(id, editor());
    assertThat(changesOf(id)).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(id))).isEmpty();

    long pending = library.pendingPlan("CR", "Waiting plan", "Plan words.");
    assertThat(source.documents(Long.toString(pending))).isEmpty();
    assertThat(source.documents("x")).isEmpty();
  }

  @Test
  void everythingHandsOverThePublishedDocumentsInBatches() {
    long published = library.published("PUBLIC", null, "In the index", "Words.");
    long pending = library.pendingPlan("CR", "Not in the index", "Words.");
    List<List<SearchDocument>> batches = new ArrayList<>();
    source.everything(batches::add);

    assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty());
    List<String> refs = batches.stream().flatMap(List::stream).map(SearchDocument::ref).toList();
    assertThat(refs).contains(Long.toString(published)).doesNotContain(Long.toString(pending));
  }

  private Set<String> accessOf(String level) {
    long id = library.published(level, null, "Level " + level, "Words.");
    return source.documents(Long.toString(id)).get(0).access();
  }

  private long versionOf(long id) {
    return jdbc.sql("select version from library_document where id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  private Actor editor() {
    long id = accounts.create(TestAccounts.freshEmail("search-editor"), PortalRole.EDITOR);
    return new Actor(
        id,
        "Search Editor",
        "editor@example.org",
        null,
        new Viewer("e", Set.of("USER", "ASSOCIATE", "DELEGATE", "PFSO", "EDITOR")));
  }

  private long changesOf(long id) {
    return events.stream(SearchableChange.class)
        .filter(c -> c.searchSource().equals("library") && c.searchRef().equals(Long.toString(id)))
        .count();
  }
}
