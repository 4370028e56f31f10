package org.safeports.forum;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ForumTopicRepository extends JpaRepository<ForumTopic, Long> {

  /** A topic, only when its category is one the reader may read. */
  @Query(
      "select t from ForumTopic t, ForumCategory c where c.id = t.categoryId and t.id = :id and "
          + ForumAudience.PREDICATE)
  Optional<ForumTopic> readable(
      @Param("id") long id, @Param("readable") Collection<ForumAudience> readable);

  Optional<ForumTopic> findByPieceId(long pieceId);
}
