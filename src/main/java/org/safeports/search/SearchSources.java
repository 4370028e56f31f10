package org.safeports.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The modules' {@link SearchSource} beans, by name. */
@Component
class SearchSources {

  private final ObjectProvider<SearchSource> provider;
  private volatile Map<String, SearchSource> byName;

  SearchSources(ObjectProvider<SearchSource> provider) {
    this.provider = provider;
  }

  Optional<SearchSource> named(String name) {
    return Optional.ofNullable(all().get(name));
  }

  /** The sources' names, in alphabetical order. */
  List<String> names() {
    return List.copyOf(all().keySet());
  }

  private Map<String, SearchSource> all() {
    Map<String, SearchSource> sources = byName;
    if (sources == null) {
      Map<String, SearchSource> found = new TreeMap<>();
      provider.orderedStream().forEach(s -> found.putIfAbsent(s.name(), s));
      sources = Collections.unmodifiableMap(found);
      byName = sources;
    }
    return sources;
  }
}
