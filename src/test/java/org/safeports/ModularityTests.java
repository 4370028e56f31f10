package org.safeports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails when a module reaches into another's internals or depends on one it did not declare. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(SafeportsApplication.class);
  static final Path DOCUMENTATION = Path.of("docs/modules");

  @Test
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() throws IOException {
    writeDocumentation(DOCUMENTATION);
  }

  @Test
  void writesTheSameDocumentationEveryTime(@TempDir Path first, @TempDir Path second)
      throws IOException {
    writeDocumentation(first);
    writeDocumentation(second);

    assertThat(contents(second)).isEqualTo(contents(first));
  }

  /**
   * Spring Modulith lists dependencies, listeners and beans in the order it meets them while
   * scanning the classes, which changes with the class path and with hash sets from one build to
   * the next; sorted, the written files change only when the modules do.
   */
  static void writeDocumentation(Path folder) throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".puml")) {
          rewrite(file, ModularityTests::sortDiagramLines);
        } else if (name.endsWith(".adoc")) {
          rewrite(file, ModularityTests::sortListItems);
        }
      }
    }
  }

  interface Sorting {
    List<String> apply(List<String> lines);
  }

  static void rewrite(Path file, Sorting sorting) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    boolean endsWithNewLine = text.endsWith("\n");
    String sorted = String.join("\n", sorting.apply(List.of(text.split("\n", -1))));
    Files.writeString(file, sorted, StandardCharsets.UTF_8);
    assertThat(sorted.endsWith("\n")).isEqualTo(endsWithNewLine);
  }

  /** PlantUML draws the same diagram whatever the order of its elements and relationships. */
  static List<String> sortDiagramLines(List<String> lines) {
    List<String> result = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String runKind = null;
    for (String line : lines) {
      String kind = diagramStatementKind(line);
      if (kind == null || !kind.equals(runKind)) {
        run.sort(Comparator.naturalOrder());
        result.addAll(run);
        run.clear();
      }
      runKind = kind;
      if (kind == null) {
        result.add(line);
      } else {
        run.add(line);
      }
    }
    run.sort(Comparator.naturalOrder());
    result.addAll(run);
    return result;
  }

  static String diagramStatementKind(String line) {
    String statement = line.strip();
    if (statement.startsWith("Rel(")) {
      return "Rel";
    }
    if (statement.startsWith("Component(") || statement.startsWith("Container(")) {
      return "Element";
    }
    return null;
  }

  /**
   * The canvases are tables whose cells hold bulleted lists ({@code |* first}, {@code * next}); an
   * item may go on over several lines ({@code +} and a paragraph). The items of each list are
   * sorted, blank lines moved to the list's end.
   */
  static List<String> sortListItems(List<String> lines) {
    List<String> result = new ArrayList<>();
    int at = 0;
    while (at < lines.size()) {
      String line = lines.get(at);
      if (!line.startsWith("* ") && !line.startsWith("|* ")) {
        result.add(line);
        at++;
        continue;
      }
      boolean opensCell = line.startsWith("|");
      List<List<String>> items = new ArrayList<>();
      int blankLines = 0;
      while (at < lines.size() && startsListItem(lines.get(at), items.isEmpty())) {
        List<String> item = new ArrayList<>();
        item.add(items.isEmpty() && opensCell ? lines.get(at).substring(1) : lines.get(at));
        at++;
        while (at < lines.size() && continuesListItem(lines.get(at))) {
          item.add(lines.get(at));
          at++;
        }
        while (item.get(item.size() - 1).isBlank()) {
          item.remove(item.size() - 1);
          blankLines++;
        }
        items.add(item);
      }
      items.sort(Comparator.comparing(item -> String.join("\n", item)));
      for (List<String> item : items) {
        result.addAll(item);
      }
      if (opensCell) {
        int first = result.size() - items.stream().mapToInt(List::size).sum();
        result.set(first, "|" + result.get(first));
      }
      for (int blank = 0; blank < blankLines; blank++) {
        result.add("");
      }
    }
    return result;
  }

  static boolean startsListItem(String line, boolean first) {
    return line.startsWith("* ") || (first && line.startsWith("|* "));
  }

  static boolean continuesListItem(String line) {
    boolean groupHeading = line.length() > 1 && line.startsWith("_") && line.endsWith("_");
    return !line.startsWith("* ") && !line.startsWith("|") && !groupHeading;
  }

  static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        contents.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return contents;
  }
}
