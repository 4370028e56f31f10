package org.safeports.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

  Optional<Event> findBySlug(String slug);

  boolean existsBySlug(String slug);

  /** The events with these ids and their texts, in one statement (not one more per event). */
  @Query("select distinct e from Event e left join fetch e.texts where e.id in :ids")
  List<Event> findWithTexts(Collection<Long> ids);

  /** Every event with its texts, in one statement, for the editors' list. */
  @Query("select distinct e from Event e left join fetch e.texts")
  List<Event> findAllWithTexts();
}
