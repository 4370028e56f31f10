package org.safeports.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A cacheable page's request as the page sees it: only the query parameters the page reads, so that
 * the stored bytes (whose language and pager links repeat the query) are the same for every request
 * that shares the cache key.
 */
final class PageParameters extends HttpServletRequestWrapper {

  private final String query;
  private final Map<String, String[]> parameters;

  PageParameters(HttpServletRequest request, String query, Set<String> read) {
    super(request);
    this.query = query;
    Map<String, String[]> kept = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (read.contains(name)) {
                kept.put(name, values);
              }
            });
    this.parameters = Collections.unmodifiableMap(kept);
  }

  @Override
  public String getQueryString() {
    return query;
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters.get(name);
    return values == null ? null : values.clone();
  }
}
