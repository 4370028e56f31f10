/**
 * News and resource pages in four languages: the home page, the sections and their sub-pages, feeds
 * and the sitemap for visitors; writing, translating, reviewing, publishing, revisions and images
 * for the secretariat.
 *
 * <p>Public API: {@link org.safeports.content.ContentOverview}, {@link
 * org.safeports.content.ContentCard}, {@link org.safeports.content.ContentKind} and the event
 * {@link org.safeports.content.ContentChanged}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Content",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::database",
      "platform::audit",
      "platform::web",
      "platform::text",
      "platform::media",
      "membership",
      "identity",
      "voices"
    })
package org.safeports.content;
