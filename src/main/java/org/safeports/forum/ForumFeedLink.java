package org.safeports.forum;

/**
 * The Atom feed of a forum page, for the layout's {@code <link rel="alternate">}: a page that has a
 * feed puts one in its model as {@code feedLink} ({@link ForumFeedLinks} makes them).
 */
public record ForumFeedLink(String href, String title) {}
