package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchableChange;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What events give the site search, and when the events module tells it one changed. */
@PortalTest
@RecordApplicationEvents
class EventSearchSourceTests {

  private static final ZoneId PANAMA = ZoneId.of("America/Panama");

  @Autowired TestEvents testEvents;
  @Autowired EventEditing editing;
  @Autowired EventSearchSource source;
  @Autowired ApplicationEvents events;

  @Test
  void aPublishedEventIsADocumentPerLanguageItIsWrittenIn() {
    Instant starts = soon().truncatedTo(ChronoUnit.SECONDS);
    TestEvents.Made made = testEvents.heldIn("Port drills webinar", starts, PANAMA, true, false);
    assertThat(source.documents(Long.toString(made.id()))).as("a draft").isEmpty();

    EventTextForm es = new EventTextForm();
    es.setTitle("Seminario de simulacros");
    es.setSummary("Un seminario.");
    es.setDescription("Los **simulacros** del puerto.");
    editing.saveText(made.id(), "es", es);
    long seen = changesOf(made.id());
    editing.publish(made.id());
    assertThat(changesOf(made.id())).isEqualTo(seen + 1);

    List<SearchDocument> documents = source.documents(Long.toString(made.id()));
    assertThat(documents).extracting(SearchDocument::language).containsExactly("en", "es");
    SearchDocument spanish = documents.get(1);
    assertThat(spanish.source()).isEqualTo("event");
    assertThat(spanish.title()).isEqualTo("Seminario de simulacros");
    assertThat(spanish.summary()).isEqualTo("Un seminario.");
    assertThat(spanish.body()).isEqualTo("Los simulacros del puerto.");
    assertThat(spanish.path()).isEqualTo("/events/" + made.slug() + "?lang=es");
    assertThat(spanish.access()).containsExactly(SearchDocument.PUBLIC);
    // Dated by when it takes place, not by when it was published.
    assertThat(spanish.publishedAt()).isEqualTo(starts);
  }

  @Test
  void aMembersEventIsFoundBySignedInReadersAndACancelledOneStaysFindable() {
    TestEvents.Made made = testEvents.heldIn("Members' meeting", soon(), PANAMA, false, true);
    assertThat(source.documents(Long.toString(made.id())))
        .singleElement()
        .satisfies(d -> assertThat(d.access()).containsExactly(SearchDocument.SIGNED_IN));

    long seen = changesOf(made.id());
    editing.cancel(made.id());
    assertThat(changesOf(made.id())).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(made.id()))).hasSize(1);
  }

  @Test
  void anUnpublishedEventGivesNothing() {
    TestEvents.Made made = testEvents.seminar("Withdrawn seminar", soon());
    long seen = changesOf(made.id());
    editing.unpublish(made.id());
    assertThat(changesOf(made.id())).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(made.id()))).isEmpty();
    assertThat(source.documents("x")).isEmpty();
  }

  @Test
  void everythingHandsOverTheVisibleEvents() {
    TestEvents.Made visible = testEvents.seminar("Listed seminar", soon());
    TestEvents.Made draft = testEvents.heldIn("Draft seminar", soon(), PANAMA, true, false);
    List<List<SearchDocument>> batches = new ArrayList<>();
    source.everything(batches::add);
    List<String> refs = batches.stream().flatMap(List::stream).map(SearchDocument::ref).toList();
    assertThat(refs)
        .contains(Long.toString(visible.id()))
        .doesNotContain(Long.toString(draft.id()));
    assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty());
  }

  private static Instant soon() {
    return Instant.now().plus(Duration.ofDays(10));
  }

  private long changesOf(long id) {
    return events.stream(SearchableChange.class)
        .filter(c -> c.searchSource().equals("event") && c.searchRef().equals(Long.toString(id)))
        .count();
  }
}
