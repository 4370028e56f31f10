package org.safeports.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry as the audit log's screen shows it: instead of the JSON the log keeps (and the CSV
 * export gives), the fields that changed with their values before and after, and the entry's other
 * details by name. The screen names each field in the reader's language where it has a label
 * ({@code audit.field.*}); values are text, escaped by the template like any other.
 */
@Component
class AuditChanges {

  /** One field: its name, and its value before and after (null when it had none). */
  record Change(String field, String before, String after) {}

  /** An entry with its changes and details. */
  record Shown(AuditRecord entry, List<Change> changes, List<Change> details) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  List<Shown> show(List<AuditRecord> entries) {
    return entries.stream().map(this::show).toList();
  }

  Shown show(AuditRecord entry) {
    Map<String, String> before = fields(entry.before());
    Map<String, String> after = fields(entry.after());
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    for (String name : names) {
      String was = before.get(name);
      String is = after.get(name);
      if (!Objects.equals(was, is)) {
        changes.add(new Change(name, was, is));
      }
    }
    List<Change> details =
        fields(entry.detail()).entrySet().stream()
            .map(e -> new Change(e.getKey(), null, e.getValue()))
            .toList();
    return new Shown(entry, changes, details);
  }

  /** The fields of a JSON object as text, in order; a value that is JSON null is none. */
  static Map<String, String> fields(String json) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return fields;
    }
    JsonNode node = JSON.readTree(json);
    if (!node.isObject()) {
      fields.put("value", text(node));
      return fields;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      fields.put(field.getKey(), text(field.getValue()));
    }
    return fields;
  }

  /** A value as words: text as it is, a list joined by commas, an object as name: value pairs. */
  static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(Objects.toString(text(item), "")));
      return String.join(", ", items);
    }
    if (value.isObject()) {
      return value.properties().stream()
          .map(e -> e.getKey() + ": " + Objects.toString(text(e.getValue()), ""))
          .collect(Collectors.joining("; "));
    }
    return value.asString();
  }
}
