/**
 * The document library: contingency plans, emergency operations plans, drill reports, standards
 * guidance, presentations and survey reports. Files are checked by their content, their text is
 * extracted for full-text search, and each document has an access level that the server enforces on
 * listings, pages and downloads.
 *
 * <p>Public API: {@link org.safeports.library.LibraryDirectory}, {@link
 * org.safeports.library.LibraryCatalogue} (documents other modules pick and show) and the events
 * {@link org.safeports.library.LibraryDocumentChanged}, {@link org.safeports.library.PlanSubmitted}
 * and {@link org.safeports.library.PlanDecided}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Library",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::audit",
      "platform::database",
      "platform::web",
      "platform::text",
      "platform::files",
      "membership",
      "identity",
      "search"
    })
package org.safeports.library;
