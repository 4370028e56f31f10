/**
 * The forum: categories with an audience (the public forum, members only, the PFSO forum, the
 * secretariat), topics and numbered posts in Markdown, flags and moderation, subscriptions and
 * digests, search and feeds. Who may read what is decided in one place, {@link
 * org.safeports.forum.ForumAudience} with {@link org.safeports.forum.ForumReader}; every listing,
 * page, search, feed, mail, mention and attachment goes through it.
 *
 * <p>Public API: the events {@link org.safeports.forum.ForumPostPublished} and {@link
 * org.safeports.forum.ForumPostModerated}, and the read models other modules ask for (mail,
 * search).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Forum",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::database",
      "platform::audit",
      "platform::web",
      "platform::text",
      "platform::files",
      "platform::media",
      "membership",
      "identity",
      "voices",
      "search"
    })
package org.safeports.forum;
