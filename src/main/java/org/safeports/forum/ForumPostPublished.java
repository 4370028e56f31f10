package org.safeports.forum;

import java.util.List;

/**
 * A post became visible (written, or approved by a moderator). The mentioned accounts are those
 * named with {@code @handle} who may read the topic; no one else is told.
 */
public record ForumPostPublished(
    long postId,
    long topicId,
    long categoryId,
    long authorAccountId,
    boolean firstPost,
    List<Long> mentionedAccountIds) {}
