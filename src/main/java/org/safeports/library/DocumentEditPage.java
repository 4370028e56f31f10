package org.safeports.library;

import java.util.Locale;
import org.safeports.membership.MemberStates;
import org.safeports.platform.files.UploadLimits;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The editing page of a document, new or existing, as the editors' and the delegates' pages show
 * it: the choices of its fields, its versions and state, and whichever forms the request did not
 * bring back with errors.
 */
@Component
class DocumentEditPage {

  static final String VIEW = "library/edit";

  private final LibraryService library;
  private final MemberStates memberStates;
  private final UploadLimits limits;

  DocumentEditPage(LibraryService library, MemberStates memberStates, UploadLimits limits) {
    this.library = library;
    this.memberStates = memberStates;
    this.limits = limits;
  }

  /**
   * Fills the model for the page under {@code base}; {@code editing} is null for a new document.
   */
  String render(
      Model model, String base, Actor actor, LibraryReading.Editing editing, Locale locale) {
    var document = editing == null ? null : editing.document();
    model.addAttribute("base", base);
    model.addAttribute("document", document);
    model.addAttribute("asEditor", actor.editor());
    model.addAttribute(
        "metadataEditable",
        document == null || actor.editor() || document.status() != DocumentStatus.PUBLISHED);
    // The file fields carry the limit, so that the browser refuses a larger file before sending.
    model.addAttribute("maxFileBytes", limits.maxFileSize().toBytes());
    model.addAttribute("maxFileMegabytes", limits.maxFileSize().toMegabytes());
    model.addAttribute("documentTypes", DocumentType.all());
    model.addAttribute("hazardChoices", Hazard.all());
    model.addAttribute("levels", AccessLevel.all());
    model.addAttribute("languages", Language.all());
    model.addAttribute("oasStates", memberStates.oasStates(locale));
    model.addAttribute(
        "countryName",
        actor.countryCode() == null ? null : memberStates.name(actor.countryCode(), locale));
    if (!model.containsAttribute("versionForm")) {
      model.addAttribute("versionForm", VersionForm.empty());
    }
    if (!model.containsAttribute("returnForm")) {
      model.addAttribute("returnForm", ReturnForm.empty());
    }
    if (document != null) {
      model.addAttribute("documentTitle", editing.title());
      model.addAttribute("versions", editing.versions());
      model.addAttribute("reviewOverdue", document.reviewOverdue(library.today()));
    }
    return VIEW;
  }
}
