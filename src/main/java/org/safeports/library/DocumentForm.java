package org.safeports.library;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The description of a document as an editor or a delegate types it: metadata, a title and a
 * description in each language (the document's own language required), for editors its related
 * documents, and for a new document its file. Values that do not convert (letters for the year, a
 * date that is not one) come back as typed, with their message.
 */
@DescribedInItsLanguage
record DocumentForm(
    DocumentType type,
    String country,
    @Size(max = 120, message = "{library.form.port.tooLong}") String port,
    List<Hazard> hazards,
    @NotNull(message = "{library.form.language.required}")
        @Pattern(regexp = "en|es|pt|fr", message = "{library.form.language.required}")
        String language,
    Integer year,
    @NotNull(message = "{library.form.access.required}") AccessLevel accessLevel,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastReviewed,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titleEn,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionEn,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titleEs,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionEs,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titlePt,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionPt,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titleFr,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionFr,
    @Size(max = 200, message = "{library.form.related.tooLong}")
        @Pattern(regexp = "[#0-9,;\\s]*", message = "{library.form.related.invalid}")
        String related,
    @Size(max = 500, message = "{library.form.note.tooLong}") String note,
    Long version,
    MultipartFile file) {

  String title(String lang) {
    return switch (lang) {
      case "es" -> titleEs;
      case "pt" -> titlePt;
      case "fr" -> titleFr;
      default -> titleEn;
    };
  }

  String description(String lang) {
    return switch (lang) {
      case "es" -> descriptionEs;
      case "pt" -> descriptionPt;
      case "fr" -> descriptionFr;
      default -> descriptionEn;
    };
  }

  static String titleField(String lang) {
    return "title" + Character.toUpperCase(lang.charAt(0)) + lang.substring(1);
  }

  List<Hazard> hazardList() {
    return hazards == null ? List.of() : hazards.stream().distinct().toList();
  }

  /** The related documents' numbers ({@code #12, 14}); the pattern has checked the text. */
  List<Long> relatedIds() {
    if (related == null) {
      return List.of();
    }
    return Arrays.stream(related.replace("#", " ").split("[,;\\s]+"))
        .filter(part -> !part.isBlank())
        .map(Long::valueOf)
        .distinct()
        .toList();
  }

  /** Whether a file came with the form: it has to be chosen again if the form comes back. */
  boolean hasFile() {
    return file != null && !file.isEmpty();
  }
}
