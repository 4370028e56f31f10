/**
 * Surveys and requests for information: the secretariat builds a questionnaire in the four
 * languages, opens it to an audience (one answer per member state from its delegates, PFSOs,
 * associate members, registered users, or anyone with a link), reminds those who have not answered,
 * reads the results, and publishes a brief; participation by member state is kept across all
 * surveys.
 *
 * <p>Public API: what other modules show of it (participation by member state), and the events it
 * publishes. It offers the results brief's translations to content's list of translations to do
 * through content's {@code TranslationWork}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Surveys",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::database",
      "platform::audit",
      "platform::web",
      "platform::text",
      "platform::files",
      "membership",
      "identity",
      "search",
      "content"
    })
package org.safeports.surveys;
