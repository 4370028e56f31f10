package org.safeports.membership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shapes of the 35 member states, already projected and simplified (by {@code
 * src/build/map/generate.mjs}, from Natural Earth, which is in the public domain): an SVG path per
 * state in a {@link #width()} by {@link #height()} box, and a circle for the island states too
 * small to see or to click at that size. Read once at start-up.
 */
@Component
class AmericasMap {

  static final String RESOURCE = "membership/americas.json";

  /** Where a state is drawn: its outline (null when too small to draw) and its marker, if any. */
  record Shape(String path, Marker marker) {}

  /** A circle drawn over a small island state. */
  record Marker(double x, double y, double r) {}

  private final int width;
  private final int height;
  private final Map<String, Shape> shapes;

  AmericasMap() {
    this(new ClassPathResource(RESOURCE));
  }

  AmericasMap(ClassPathResource resource) {
    try (InputStream in = resource.getInputStream()) {
      JsonNode root = JsonMapper.builder().build().readTree(in);
      width = root.get("width").asInt();
      height = root.get("height").asInt();
      Map<String, Shape> read = new LinkedHashMap<>();
      for (JsonNode state : root.get("states")) {
        JsonNode marker = state.get("marker");
        read.put(
            state.get("code").asString(),
            new Shape(
                state.has("d") ? state.get("d").asString() : null,
                marker == null
                    ? null
                    : new Marker(
                        marker.get("x").asDouble(),
                        marker.get("y").asDouble(),
                        marker.get("r").asDouble())));
      }
      shapes = Map.copyOf(read);
    } catch (IOException e) {
      throw new UncheckedIOException("The map of the Americas could not be read", e);
    }
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  Optional<Shape> shape(String code) {
    return Optional.ofNullable(shapes.get(code));
  }
}
