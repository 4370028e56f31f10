package org.safeports.library;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The description of a document as an editor or a delegate types it: metadata, a title and a
 * description in each language (the document's own language required), and for editors its related
 * documents. Year and review date are text so that a wrong value comes back as typed, with its
 * message.
 */
record DocumentForm(
    String type,
    String country,
    @Size(max = 120, message = "{library.form.port.tooLong}") String port,
    List<String> hazards,
    String language,
    String year,
    String accessLevel,
    String lastReviewed,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titleEn,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionEn,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titleEs,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionEs,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titlePt,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionPt,
    @Size(max = 250, message = "{library.form.title.tooLong}") String titleFr,
    @Size(max = 4000, message = "{library.form.description.tooLong}") String descriptionFr,
    @Size(max = 200, message = "{library.form.related.tooLong}") String related,
    @Size(max = 500, message = "{library.form.note.tooLong}") String note,
    Long version) {

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

  List<String> hazardList() {
    return hazards == null ? List.of() : hazards;
  }
}
