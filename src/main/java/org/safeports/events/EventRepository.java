package org.safeports.events;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<Event, Long> {

  Optional<Event> findBySlug(String slug);

  boolean existsBySlug(String slug);
}
