package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.search.TestSearch;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class DemoEventsTests {

  @Autowired DemoEvents demo;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void theSiteSearchFindsTheDemoEvents() {
    demo.load();
    String found =
        TestSearch.unmarked(
            new PortalClient(port).language("es").get("/search?q=ISO+28000&kind=event").body());
    assertThat(found)
        .contains("La certificación ISO 28000 para instalaciones portuarias")
        .contains("/events/" + DemoEvents.ISO_SEMINAR);
  }

  @Test
  void theDemoEventsAreThereOnceInFourLanguagesWithTheConferenceFull() {
    String counts =
        "select (select count(*) from event_item) || '/' || (select count(*) from event_session)"
            + " || '/' || (select count(*) from event_registration)";
    String before = jdbc.sql(counts).query(String.class).single();
    demo.load();
    assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);

    assertThat(
            jdbc.sql(
                    "select count(*) from event_item_text t join event_item e on e.id = t.event_id"
                        + " where e.slug in (:a, :b, :c)")
                .param("a", DemoEvents.PAST_SEMINAR)
                .param("b", DemoEvents.ISO_SEMINAR)
                .param("c", DemoEvents.CONFERENCE)
                .query(Integer.class)
                .single())
        .isEqualTo(12);
    // The past seminar is over and has the Port-au-Prince presentation as its slides.
    assertThat(
            jdbc.sql(
                    """
                    select t.title from event_document d
                    join event_item e on e.id = d.event_id and e.slug = :slug
                    join library_description t on t.document_id = d.document_id
                      and t.language = 'en'
                    where d.role = 'SLIDES' and e.ends_at < now()
                    """)
                .param("slug", DemoEvents.PAST_SEMINAR)
                .query(String.class)
                .single())
        .startsWith("Reopening Port-au-Prince");
    // The conference: two days of sessions, every talk with a speaker, full with one waiting.
    assertThat(
            jdbc.sql(
                    """
                    select count(distinct (s.starts_at at time zone e.time_zone)::date)
                    from event_session s join event_item e on e.id = s.event_id
                    where e.slug = :slug
                    """)
                .param("slug", DemoEvents.CONFERENCE)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from event_talk k
                    join event_session s on s.id = k.session_id
                    join event_item e on e.id = s.event_id and e.slug = :slug
                    where not exists (select 1 from event_talk_speaker p where p.talk_id = k.id)
                    """)
                .param("slug", DemoEvents.CONFERENCE)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    """
                    select e.capacity || ':' ||
                      (select count(*) from event_registration r
                       where r.event_id = e.id and r.status = 'CONFIRMED') || ':' ||
                      (select count(*) from event_registration r
                       where r.event_id = e.id and r.status = 'WAITING')
                    from event_item e where e.slug = :slug
                    """)
                .param("slug", DemoEvents.CONFERENCE)
                .query(String.class)
                .single())
        .isEqualTo("3:3:1");
    assertThat(
            jdbc.sql(
                    "select count(*) from event_speaker_text b join event_speaker p"
                        + " on p.id = b.speaker_id join event_item e on e.id = p.event_id"
                        + " where e.slug = :slug and b.bio <> ''")
                .param("slug", DemoEvents.CONFERENCE)
                .query(Integer.class)
                .single())
        .isEqualTo(20);
    // Where each speaker comes from, shown beside their organisation (PAHO is regional: none).
    assertThat(
            jdbc.sql(
                    "select string_agg(coalesce(p.country, '-'), ',' order by p.id)"
                        + " from event_speaker p join event_item e on e.id = p.event_id"
                        + " where e.slug = :slug")
                .param("slug", DemoEvents.CONFERENCE)
                .query(String.class)
                .single())
        .isEqualTo("US,US,CR,CO,-");
  }
}
