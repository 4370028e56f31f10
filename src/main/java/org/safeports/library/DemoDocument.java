package org.safeports.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.platform.web.Language;

/**
 * One demo document as {@code demo/library/*.md} writes it: the metadata and the descriptions in
 * the front matter ({@code title.es}, {@code description.es}, ...), then the text of the file. A
 * text document is a {@code #} title and paragraphs; a spreadsheet a {@code #} sheet name and
 * {@code |}-separated rows; a presentation one {@code #} title per slide with {@code -} lines.
 */
record DemoDocument(String fileName, String uploader, DocumentMetadata metadata, byte[] content) {

  static DemoDocument parse(String text) {
    String normalised = text.replace("\r\n", "\n");
    int end = normalised.indexOf("\n---\n", 4);
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : normalised.substring(4, end).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String value = line.substring(colon + 1).trim();
        meta.put(line.substring(0, colon).trim(), value.isEmpty() ? null : value);
      }
    }
    String fileName = meta.get("file");
    List<Description> descriptions = new ArrayList<>();
    for (Language language : Language.all()) {
      String title = meta.get("title." + language.code());
      if (title != null) {
        descriptions.add(
            new Description(language.code(), title, meta.get("description." + language.code())));
      }
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            DocumentType.valueOf(meta.get("type")),
            meta.get("country"),
            meta.get("port"),
            meta.get("hazards") == null
                ? List.of()
                : Arrays.stream(meta.get("hazards").split(",\\s*")).map(Hazard::valueOf).toList(),
            meta.get("language"),
            Integer.parseInt(meta.get("year")),
            AccessLevel.valueOf(meta.get("access")),
            meta.get("reviewed") == null ? null : LocalDate.parse(meta.get("reviewed")),
            descriptions,
            List.of(),
            null);
    String body = normalised.substring(end + 5).strip();
    return new DemoDocument(fileName, meta.get("uploader"), metadata, file(fileName, body));
  }

  private static byte[] file(String fileName, String body) {
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
    List<List<String>> sections = sections(body);
    return switch (extension) {
      case "pdf" -> DemoFiles.pdf(title(sections), paragraphs(sections));
      case "docx" -> DemoFiles.docx(title(sections), paragraphs(sections));
      case "odt" -> DemoFiles.odt(title(sections), paragraphs(sections));
      case "xlsx" ->
          DemoFiles.xlsx(
              title(sections),
              paragraphs(sections).stream()
                  .map(row -> Arrays.stream(row.split("\\|")).map(String::strip))
                  .map(cells -> cells.filter(c -> !c.isEmpty()).toList())
                  .toList());
      case "pptx" -> DemoFiles.pptx(sections);
      default -> throw new IllegalArgumentException("No demo files of type " + extension);
    };
  }

  /** Each {@code #} heading with the lines and paragraphs under it (list marks dropped). */
  private static List<List<String>> sections(String body) {
    List<List<String>> sections = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (line.startsWith("# ")) {
        sections.add(new ArrayList<>(List.of(line.substring(2).strip())));
      } else if (!line.isBlank()) {
        sections.get(sections.size() - 1).add(line.startsWith("- ") ? line.substring(2) : line);
      }
    }
    return sections;
  }

  private static String title(List<List<String>> sections) {
    return sections.get(0).get(0);
  }

  private static List<String> paragraphs(List<List<String>> sections) {
    return sections.get(0).subList(1, sections.get(0).size());
  }
}
