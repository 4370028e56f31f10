/**
 * One site search over what the other modules publish. Modules describe what they publish as {@link
 * org.safeports.search.SearchDocument}s through a {@link org.safeports.search.SearchSource} bean
 * and announce a change with an event that implements {@link
 * org.safeports.search.SearchableChange}; the index is kept from those, never from the modules'
 * tables, and can be rebuilt from the sources alone.
 *
 * <p>Public API: {@link org.safeports.search.SearchDocument}, {@link
 * org.safeports.search.SearchSource}, {@link org.safeports.search.SearchableChange} and {@link
 * org.safeports.search.SearchItemChanged}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Search",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::database",
      "platform::audit",
      "platform::web",
      "platform::text"
    })
package org.safeports.search;
