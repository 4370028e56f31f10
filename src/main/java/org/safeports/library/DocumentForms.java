package org.safeports.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeports.library.LibraryRecords.Description;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.membership.MemberStates;
import org.safeports.platform.files.FileInspector;
import org.safeports.platform.files.InspectedFile;
import org.safeports.platform.files.UploadRefused;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Between the editing pages and the service: checks what needs the portal's state (the member
 * states, today's date), inspects an uploaded file, and turns what the service refuses into an
 * error next to the field it is about, or of the whole form. The pages then show the form again
 * with everything typed.
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
        delegate ? DocumentType.CONTINGENCY_PLAN : null,
        delegate ? actor.countryCode() : null,
        null,
        List.of(),
        Language.of(locale).code(),
        library.today().getYear(),
        delegate ? AccessLevel.DELEGATES : AccessLevel.PUBLIC,
        delegate ? library.today() : null,
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
        null,
        null);
  }

  DocumentForm of(LibraryReading.Editing editing) {
    Document d = editing.document();
    String[] titles = new String[4];
    String[] texts = new String[4];
    List<String> order = List.of("en", "es", "pt", "fr");
    for (Description description : editing.descriptions()) {
      int i = order.indexOf(description.language());
      titles[i] = description.title();
      texts[i] = description.description();
    }
    return new DocumentForm(
        d.type(),
        d.countryCode(),
        d.port(),
        d.hazards(),
        d.language(),
        d.year(),
        d.accessLevel(),
        d.lastReviewed(),
        titles[0],
        texts[0],
        titles[1],
        texts[1],
        titles[2],
        texts[2],
        titles[3],
        texts[3],
        editing.related().isEmpty()
            ? null
            : String.join(", ", editing.related().stream().map(String::valueOf).toList()),
        null,
        d.version(),
        null);
  }

  /** A new document from the form and its file; null when something is to be corrected. */
  Long create(
      DocumentForm form, BindingResult result, Actor actor, boolean publish, Locale locale) {
    DocumentMetadata meta = check(form, result, actor);
    InspectedFile file = inspect(form.file(), "file", result, locale);
    if (result.hasErrors() || meta == null || file == null) {
      return null;
    }
    return library.create(meta, file, actor, publish);
  }

  /** Saves the form; false when something is to be corrected or someone saved meanwhile. */
  boolean save(long id, DocumentForm form, BindingResult result, Actor actor) {
    DocumentMetadata meta = check(form, result, actor);
    if (result.hasErrors() || meta == null) {
      return false;
    }
    try {
      library.update(id, form.version() == null ? -1 : form.version(), meta, actor);
      return true;
    } catch (LibraryService.ConcurrentDocumentEdit e) {
      result.reject("library.conflict");
      return false;
    }
  }

  /** Adds the newer version; false when the file or the note is to be corrected. */
  boolean addVersion(long id, VersionForm form, BindingResult result, Actor actor, Locale locale) {
    if (result.hasErrors()) {
      return false;
    }
    InspectedFile file = inspect(form.file(), "file", result, locale);
    if (file == null) {
      return false;
    }
    library.addVersion(id, file, form.versionNote(), actor);
    return true;
  }

  /** The checked metadata, or null when the form has errors (recorded in the result). */
  private DocumentMetadata check(DocumentForm form, BindingResult result, Actor actor) {
    DocumentType type = form.type();
    String country = form.country();
    if (!actor.editor()) {
      // A delegate's plans are their country's contingency plans, whatever the form says.
      type = DocumentType.CONTINGENCY_PLAN;
      country = actor.countryCode();
    } else {
      if (type == null && !result.hasFieldErrors("type")) {
        FormErrors.reject(result, "type", "library.form.type.required");
      }
      if (country != null && !memberStates.isOasState(country)) {
        FormErrors.reject(result, "country", "identity.country.unknown");
      }
    }
    if (type != null && type.isPlan() && country == null) {
      FormErrors.reject(result, "country", "library.form.country.requiredForPlan");
    }
    int nextYear = library.today().getYear() + 1;
    Integer year = form.year();
    if (!result.hasFieldErrors("year") && (year == null || year < 1950 || year > nextYear)) {
      FormErrors.reject(result, "year", "library.form.year.range", nextYear);
    }
    if (form.lastReviewed() != null
        && (form.lastReviewed().isAfter(library.today()) || form.lastReviewed().getYear() < 1950)) {
      FormErrors.reject(result, "lastReviewed", "library.form.reviewed.invalid");
    }
    if (result.hasErrors()) {
      return null;
    }
    List<Description> descriptions = new ArrayList<>();
    for (Language l : Language.all()) {
      if (form.title(l.code()) != null) {
        descriptions.add(
            new Description(l.code(), form.title(l.code()), form.description(l.code())));
      }
    }
    return new DocumentMetadata(
        type,
        country,
        form.port(),
        form.hazardList(),
        form.language(),
        year,
        form.accessLevel(),
        form.lastReviewed(),
        descriptions,
        form.relatedIds(),
        form.note());
  }

  /** The inspected upload, or null with the reason next to the file field. */
  private InspectedFile inspect(
      MultipartFile file, String field, BindingResult result, Locale locale) {
    if (file == null
        || file.isEmpty()
            && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      FormErrors.reject(result, field, "library.upload.missing");
      return null;
    }
    try {
      return inspector.inspect(file.getOriginalFilename(), file.getBytes());
    } catch (UploadRefused refused) {
      FormErrors.reject(
          result,
          field,
          "library.upload.refused",
          messages.getMessage(refused.messageKey(), refused.arguments(), locale));
      return null;
    } catch (IOException e) {
      FormErrors.reject(result, field, "files.upload.damaged");
      return null;
    }
  }
}
