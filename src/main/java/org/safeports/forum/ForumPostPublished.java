package org.safeports.forum;

import java.util.List;
import org.safeports.search.SearchableChange;

/**
 * A post became visible (written, or approved by a moderator). The mentioned accounts are those
 * named with {@code @handle} who may read the topic; no one else is told. The site search indexes
 * the post.
 */
public record ForumPostPublished(
    long postId,
    long topicId,
    long categoryId,
    long authorAccountId,
    boolean firstPost,
    List<Long> mentionedAccountIds)
    implements SearchableChange {

  @Override
  public String searchSource() {
    return ForumSearchSource.NAME;
  }

  @Override
  public String searchRef() {
    return Long.toString(postId);
  }
}
