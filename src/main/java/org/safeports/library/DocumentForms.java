package org.safeports.library;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.membership.MemberStates;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns the document form into checked metadata, putting each problem next to its field, and an
 * uploaded file into an inspected one, or a message next to the file field.
 */
@Component
class DocumentForms {

  private final MemberStates memberStates;
  private final FileInspector inspector;
  private final MessageSource messages;
  private final LibraryService library;

  DocumentForms(
      MemberStates memberStates,
      FileInspector inspector,
      MessageSource messages,
      LibraryService library) {
    this.memberStates = memberStates;
    this.inspector = inspector;
    this.messages = messages;
    this.library = library;
  }

  /** An empty form in the reader's language, for a delegate's plan or an editor's document. */
  DocumentForm blank(Actor actor, Locale locale) {
    boolean delegate = !actor.editor();
    return new DocumentForm(
        delegate ? DocumentType.CONTINGENCY_PLAN.name() : null,
        delegate ? actor.countryCode() : null,
        null,
        List.of(),
        Language.of(locale).code(),
        Integer.toString(library.today().getYear()),
        delegate ? AccessLevel.DELEGATES.name() : AccessLevel.PUBLIC.name(),
        delegate ? library.today().toString() : null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  DocumentForm of(Document d, List<Description> descriptions, List<Long> related) {
    String[] titles = new String[4];
    String[] texts = new String[4];
    List<String> order = List.of("en", "es", "pt", "fr");
    for (Description description : descriptions) {
      int i = order.indexOf(description.language());
      titles[i] = description.title();
      texts[i] = description.description();
    }
    return new DocumentForm(
        d.type().name(),
        d.countryCode(),
        d.port(),
        d.hazards().stream().map(Enum::name).toList(),
        d.language(),
        Integer.toString(d.year()),
        d.accessLevel().name(),
        d.lastReviewed() == null ? null : d.lastReviewed().toString(),
        titles[0],
        texts[0],
        titles[1],
        texts[1],
        titles[2],
        texts[2],
        titles[3],
        texts[3],
        related.isEmpty()
            ? null
            : String.join(", ", related.stream().map(String::valueOf).toList()),
        null,
        d.version());
  }

  /** The checked metadata, or null when the form has errors (recorded in the result). */
  DocumentMetadata check(DocumentForm form, BindingResult result, Actor actor) {
    DocumentType type = parse(DocumentType.class, form.type());
    if (!actor.editor()) {
      type = DocumentType.CONTINGENCY_PLAN;
    } else if (type == null) {
      FormErrors.reject(result, "type", "library.form.type.required");
    }
    String country = form.country();
    if (!actor.editor()) {
      country = actor.countryCode();
    } else if (country != null && !memberStates.isOasState(country)) {
      FormErrors.reject(result, "country", "identity.country.unknown");
    }
    if (type != null && type.isPlan() && country == null) {
      FormErrors.reject(result, "country", "library.form.country.requiredForPlan");
    }
    List<Hazard> hazards = new ArrayList<>();
    for (String h : form.hazardList()) {
      Hazard hazard = parse(Hazard.class, h);
      if (hazard == null) {
        FormErrors.reject(result, "hazards", "library.form.hazard.unknown");
      } else if (!hazards.contains(hazard)) {
        hazards.add(hazard);
      }
    }
    String language =
        Language.fromCode(form.language())
            .map(Language::code)
            .filter(l -> l.equals(form.language()))
            .orElse(null);
    if (language == null) {
      FormErrors.reject(result, "language", "library.form.language.required");
    }
    int year = 0;
    int thisYear = library.today().getYear();
    try {
      year = Integer.parseInt(form.year() == null ? "" : form.year().trim());
      if (year < 1950 || year > thisYear + 1) {
        FormErrors.reject(result, "year", "library.form.year.range", thisYear + 1);
      }
    } catch (NumberFormatException e) {
      FormErrors.reject(result, "year", "library.form.year.range", thisYear + 1);
    }
    AccessLevel level = parse(AccessLevel.class, form.accessLevel());
    if (level == null) {
      FormErrors.reject(result, "accessLevel", "library.form.access.required");
    }
    LocalDate reviewed = null;
    if (form.lastReviewed() != null) {
      try {
        reviewed = LocalDate.parse(form.lastReviewed().trim());
        if (reviewed.isAfter(library.today()) || reviewed.getYear() < 1950) {
          FormErrors.reject(result, "lastReviewed", "library.form.reviewed.invalid");
        }
      } catch (DateTimeParseException e) {
        FormErrors.reject(result, "lastReviewed", "library.form.reviewed.invalid");
      }
    }
    List<Description> descriptions = new ArrayList<>();
    for (Language l : Language.all()) {
      String title = form.title(l.code());
      String description = form.description(l.code());
      if (title == null && description != null) {
        FormErrors.reject(
            result,
            DocumentForm.titleField(l.code()),
            "library.form.title.requiredWithDescription");
      }
      if (title != null) {
        descriptions.add(new Description(l.code(), title, description));
      }
    }
    if (language != null && form.title(language) == null) {
      FormErrors.reject(result, DocumentForm.titleField(language), "library.form.title.required");
    }
    List<Long> related = new ArrayList<>();
    if (form.related() != null) {
      for (String part : form.related().split("[,;\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          related.add(Long.parseLong(part.replace("#", "")));
        } catch (NumberFormatException e) {
          FormErrors.reject(result, "related", "library.form.related.invalid");
          break;
        }
      }
    }
    if (result.hasErrors()) {
      return null;
    }
    return new DocumentMetadata(
        type,
        country,
        form.port(),
        hazards,
        language,
        year,
        level,
        reviewed,
        descriptions,
        related,
        form.note());
  }

  /** The inspected upload, or null with the reason next to the file field. */
  InspectedFile inspect(MultipartFile file, BindingResult result, Locale locale) {
    if (file == null
        || file.isEmpty()
            && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      result.reject("library.upload.missing");
      return null;
    }
    try {
      return inspector.inspect(file.getOriginalFilename(), file.getBytes());
    } catch (UploadRefused refused) {
      result.reject(
          "library.upload.refused",
          new Object[] {messages.getMessage(refused.messageKey(), refused.arguments(), locale)},
          null);
      return null;
    } catch (IOException e) {
      result.reject("library.upload.damaged");
      return null;
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
