package org.safeports.voices;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchableChange;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What Port Voices gives the site search, and when it tells the search a piece changed. */
@PortalTest
@RecordApplicationEvents
class VoicesSearchSourceTests {

  @Autowired TestPieces testPieces;
  @Autowired PieceRepository pieces;
  @Autowired VoicesService voices;
  @Autowired VoicesSearchSource source;
  @Autowired VoicesScheduleAnnouncer announcer;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @Test
  void aPublishedPieceIsADocumentInItsLanguageAndOnePerPublishedTranslation() {
    String slug = testPieces.publishedFrom("JM", "Ports after the storm", "What we learnt", "en");
    long id = pieces.findBySlug(slug).orElseThrow().id();
    assertThat(changesOf(id)).as("publishing told the search").isPositive();

    List<SearchDocument> before = source.documents(Long.toString(id));
    assertThat(before).hasSize(1);
    SearchDocument en = before.get(0);
    assertThat(en.source()).isEqualTo("voices");
    assertThat(en.title()).isEqualTo("Ports after the storm");
    assertThat(en.summary()).isEqualTo("What we learnt");
    assertThat(en.body()).isEqualTo("Body");
    assertThat(en.path()).isEqualTo("/voices/" + slug + "?lang=en");
    assertThat(en.access()).containsExactly(SearchDocument.PUBLIC);
    assertThat(en.country()).isEqualTo("JM");
    assertThat(en.publishedAt()).isNotNull();

    voices.translate(id, "fr", "Les ports après la tempête", "Leçons", "Corps", false);
    assertThat(source.documents(Long.toString(id))).as("an unpublished translation").hasSize(1);
    long seen = changesOf(id);
    testPieces.translate(slug, "es", "Los puertos tras la tormenta", "Lecciones");
    assertThat(changesOf(id)).isEqualTo(seen + 1);
    List<SearchDocument> after = source.documents(Long.toString(id));
    assertThat(after).extracting(SearchDocument::language).containsExactly("en", "es");
    assertThat(after.get(1).title()).isEqualTo("Los puertos tras la tormenta");
    assertThat(after.get(1).body()).isEqualTo("Cuerpo");
  }

  @Test
  void unpublishedAndUnsubmittedPiecesGiveNothing() {
    long draft = testPieces.draftBySomeoneElse();
    assertThat(source.documents(Long.toString(draft))).isEmpty();
    long submitted = testPieces.submittedBySomeoneElse();
    assertThat(source.documents(Long.toString(submitted))).isEmpty();

    long id = pieces.findBySlug(testPieces.published("Gone soon", "S", "es")).orElseThrow().id();
    long seen = changesOf(id);
    voices.review(id, PieceStatus.Action.UNPUBLISH, null, null, "Test Editor");
    assertThat(changesOf(id)).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(id))).isEmpty();
    assertThat(source.documents("nope")).isEmpty();
  }

  @Test
  void aScheduledPieceEntersTheSearchWhenItsTimeComes() {
    long id = testPieces.submittedBySomeoneElse("Scheduled voice");
    voices.review(
        id,
        PieceStatus.Action.PUBLISH,
        null,
        Instant.now().plus(Duration.ofDays(1)),
        "Test Editor");
    assertThat(source.documents(Long.toString(id))).as("not yet visible").isEmpty();

    Instant now = Instant.now();
    jdbc.sql("update voices_piece set publish_at = ? where id = ?")
        .params(Timestamp.from(now.minusMillis(1)), id)
        .update();
    long seen = changesOf(id);
    assertThat(announcer.announceUntil(now)).isGreaterThanOrEqualTo(1);
    assertThat(changesOf(id)).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(id))).hasSize(1);
  }

  @Test
  void everythingHandsOverThePublishedPieces() {
    long published = pieces.findBySlug(testPieces.published("All", "S", "en")).orElseThrow().id();
    long draft = testPieces.draftBySomeoneElse();
    List<List<SearchDocument>> batches = new ArrayList<>();
    source.everything(batches::add);
    List<String> refs = batches.stream().flatMap(List::stream).map(SearchDocument::ref).toList();
    assertThat(refs).contains(Long.toString(published)).doesNotContain(Long.toString(draft));
    assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty());
  }

  private long changesOf(long id) {
    return events.stream(SearchableChange.class)
        .filter(c -> c.searchSource().equals("voices") && c.searchRef().equals(Long.toString(id)))
        .count();
  }
}
