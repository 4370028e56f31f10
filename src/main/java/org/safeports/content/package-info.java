/**
 * News and resource pages in four languages: the home page, the sections and their sub-pages, feeds
 * and the sitemap for visitors; writing, translating, reviewing, publishing, revisions and images
 * for the secretariat.
 *
 * <p>Public API: {@link org.safeports.content.ContentOverview}, {@link
 * org.safeports.content.ContentCard}, {@link org.safeports.content.ContentKind}, the event {@link
 * org.safeports.content.ContentChanged}, and {@link org.safeports.content.HomeActivity} with {@link
 * org.safeports.content.HomeSection}, the sections other modules add to the home page, and {@link
 * org.safeports.content.TranslationWork} with {@link org.safeports.content.TranslationTask}, the
 * texts other modules add to the list of translations to do.
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
      "voices",
      "search"
    })
package org.safeports.content;
