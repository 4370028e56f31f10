package org.safeports.forum;

/**
 * A published Port Voices piece got its discussion topic: the piece's page now links to it, so
 * anonymous pages kept in the cache are out of date.
 */
public record ForumDiscussionOpened(long pieceId, long topicId)
    implements org.safeports.platform.web.PublicPagesChanged {}
