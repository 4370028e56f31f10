package org.safeports.forum;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ForumPostRepository extends JpaRepository<ForumPost, Long> {

  /** A post, only when its topic's category is one the reader may read. */
  @Query(
      "select p from ForumPost p, ForumTopic t, ForumCategory c"
          + " where t.id = p.topicId and c.id = t.categoryId and p.id = :id and "
          + ForumAudience.PREDICATE)
  Optional<ForumPost> readable(
      @Param("id") long id, @Param("readable") Collection<ForumAudience> readable);

  /** How many of an account's posts are visible: a new account's first posts may be held. */
  @Query(
      "select count(p) from ForumPost p where p.authorAccountId = :account and p.state = 'VISIBLE'")
  long countVisibleBy(@Param("account") long accountId);
}
