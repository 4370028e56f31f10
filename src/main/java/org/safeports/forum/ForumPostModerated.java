package org.safeports.forum;

/**
 * A moderator acted on someone's post or topic: the author is told what and why, in their language.
 * The action is a key of the forum bundle ({@code forum.moderated.<action>}).
 */
public record ForumPostModerated(
    long authorAccountId, String action, String reason, String topicTitle, String path) {}
