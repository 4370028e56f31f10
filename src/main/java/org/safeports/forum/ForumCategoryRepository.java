package org.safeports.forum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ForumCategoryRepository extends JpaRepository<ForumCategory, Long> {

  /** The categories a reader may read, in their order (parents and children alike). */
  @Query(
      "select c from ForumCategory c where "
          + ForumAudience.PREDICATE
          + " order by c.position, c.id")
  List<ForumCategory> readable(@Param("readable") Collection<ForumAudience> readable);

  @Query("select c from ForumCategory c where c.slug = :slug and " + ForumAudience.PREDICATE)
  Optional<ForumCategory> readableBySlug(
      @Param("slug") String slug, @Param("readable") Collection<ForumAudience> readable);

  Optional<ForumCategory> findBySlug(String slug);
}
