package org.safeports.library;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.safeports.identity.PortalUser;
import org.safeports.library.LibraryRecords.Document;
import org.safeports.membership.MemberStates;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and looking after documents. The secretariat works under /admin/library on any document; a
 * delegate works under /library/country on their own country's contingency plans, which wait for an
 * editor before the public sees them. The same screens serve both; the service decides what each
 * may do.
 */
@Controller
class LibraryEditingController {

  static final String ADMIN = "/admin/library";
  static final String COUNTRY = "/library/country";

  private final LibraryService library;
  private final LibraryStore store;
  private final DocumentForms forms;
  private final DocumentViews views;
  private final MemberStates memberStates;
  private final org.springframework.context.MessageSource messages;
  private final LibraryProperties limits;

  LibraryEditingController(
      org.springframework.context.MessageSource messages,
      LibraryService library,
      LibraryStore store,
      DocumentForms forms,
      DocumentViews views,
      MemberStates memberStates,
      LibraryProperties limits) {
    this.limits = limits;
    this.library = library;
    this.store = store;
    this.forms = forms;
    this.views = views;
    this.memberStates = memberStates;
    this.messages = messages;
  }

  // ---- lists ----

  @GetMapping(ADMIN)
  String adminList(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String overdue,
      @RequestParam(required = false) String country,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    DocumentStatus s = null;
    try {
      s = status == null || status.isBlank() ? null : DocumentStatus.valueOf(status);
    } catch (IllegalArgumentException ignored) {
      // an unknown state lists everything
    }
    String c = country != null && memberStates.isOasState(country) ? country : null;
    boolean overdueOnly = "true".equals(overdue);
    model.addAttribute(
        "cards",
        views.cards(
            store.forEditors(s, null, overdueOnly, c, Language.of(locale).code(), 300),
            java.util.Map.of(),
            viewer,
            locale,
            library.today()));
    model.addAttribute("status", s);
    model.addAttribute("overdue", overdueOnly);
    model.addAttribute("country", c);
    model.addAttribute("statuses", DocumentStatus.values());
    model.addAttribute("countries", memberStates.oasStates(locale));
    model.addAttribute("awaiting", store.awaitingReview());
    return "library/admin-list";
  }

  @GetMapping(COUNTRY)
  String countryPlans(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    Actor actor = Actor.of(user, viewer);
    model.addAttribute("hasCountry", actor.countryCode() != null);
    model.addAttribute(
        "countryName",
        actor.countryCode() == null ? null : memberStates.name(actor.countryCode(), locale));
    model.addAttribute(
        "cards",
        actor.countryCode() == null
            ? List.of()
            : views.cards(
                library.countryPlans(actor.countryCode(), Language.of(locale).code()),
                java.util.Map.of(),
                viewer,
                locale,
                library.today()));
    return "library/country";
  }

  @GetMapping(ADMIN + "/downloads")
  String downloads(@RequestParam(required = false) String document, Model model) {
    Long id = null;
    try {
      id = document == null || document.isBlank() ? null : Long.valueOf(document.trim());
    } catch (NumberFormatException ignored) {
      // shows every download
    }
    model.addAttribute("downloads", store.downloads(id, 500));
    model.addAttribute("documentId", id);
    return "library/admin-downloads";
  }

  // ---- a new document ----

  @GetMapping({ADMIN + "/new", COUNTRY + "/new"})
  String newDocument(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    Actor actor = actor(user, viewer, request);
    model.addAttribute("form", forms.blank(actor, locale));
    return editPage(model, actor, request, null, locale);
  }

  @PostMapping({ADMIN + "/new", COUNTRY + "/new"})
  String create(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("form") DocumentForm form,
      BindingResult result,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "publish") String intent,
      HttpServletRequest request,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = actor(user, viewer, request);
    DocumentMetadata meta = forms.check(form, result, actor);
    InspectedFile inspected = forms.inspect(file, result, locale);
    if (result.hasErrors() || meta == null || inspected == null) {
      return editPage(model, actor, request, null, locale);
    }
    long id = library.create(meta, inspected, actor, intent.equals("publish"));
    redirect.addFlashAttribute("notice", actor.editor() ? "library.saved" : "library.submitted");
    return "redirect:" + base(request) + "/" + id;
  }

  // ---- an existing document ----

  @GetMapping({ADMIN + "/{id}", COUNTRY + "/{id}"})
  String edit(
      @PathVariable String id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    Actor actor = actor(user, viewer, request);
    Document document = library.managedDocument(LibraryController.parseId(id), actor);
    model.addAttribute(
        "form",
        forms.of(document, store.descriptions(document.id()), store.relatedIds(document.id())));
    return editPage(model, actor, request, document, locale);
  }

  @PostMapping({ADMIN + "/{id}", COUNTRY + "/{id}"})
  String save(
      @PathVariable String id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("form") DocumentForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = actor(user, viewer, request);
    Document document = library.managedDocument(LibraryController.parseId(id), actor);
    DocumentMetadata meta = forms.check(form, result, actor);
    if (result.hasErrors() || meta == null) {
      return editPage(model, actor, request, document, locale);
    }
    try {
      library.update(document.id(), form.version() == null ? -1 : form.version(), meta, actor);
    } catch (LibraryService.ConcurrentDocumentEdit e) {
      model.addAttribute("conflict", true);
      return editPage(model, actor, request, document, locale);
    } catch (LibraryService.NotAllowed e) {
      redirect.addFlashAttribute("alert", "library.notAllowed");
      return "redirect:" + base(request) + "/" + document.id();
    }
    redirect.addFlashAttribute("notice", "library.saved");
    return "redirect:" + base(request) + "/" + document.id();
  }

  @PostMapping({ADMIN + "/{id}/versions", COUNTRY + "/{id}/versions"})
  String addVersion(
      @PathVariable String id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "versionNote", required = false) String note,
      HttpServletRequest request,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = actor(user, viewer, request);
    Document document = library.managedDocument(LibraryController.parseId(id), actor);
    org.springframework.validation.BeanPropertyBindingResult versionResult =
        new org.springframework.validation.BeanPropertyBindingResult(new Object(), "versionUpload");
    String trimmedNote = note == null || note.isBlank() ? null : note.strip();
    if (trimmedNote != null && trimmedNote.length() > 500) {
      versionResult.reject("library.form.note.tooLong");
    }
    InspectedFile inspected =
        versionResult.hasErrors() ? null : forms.inspect(file, versionResult, locale);
    if (inspected == null) {
      model.addAttribute(
          "form",
          forms.of(document, store.descriptions(document.id()), store.relatedIds(document.id())));
      model.addAttribute(
          "versionErrors",
          versionResult.getGlobalErrors().stream()
              .map(e -> messages.getMessage(e, locale))
              .toList());
      model.addAttribute("versionNote", trimmedNote);
      return editPage(model, actor, request, document, locale);
    }
    try {
      library.addVersion(document.id(), inspected, trimmedNote, actor);
    } catch (LibraryService.NotAllowed e) {
      redirect.addFlashAttribute("alert", "library.notAllowed");
      return "redirect:" + base(request) + "/" + document.id();
    }
    redirect.addFlashAttribute(
        "notice", actor.editor() ? "library.versionAdded" : "library.versionSubmitted");
    return "redirect:" + base(request) + "/" + document.id();
  }

  @PostMapping({ADMIN + "/{id}/reviewed", COUNTRY + "/{id}/reviewed"})
  String reviewed(
      @PathVariable String id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    Actor actor = actor(user, viewer, request);
    long documentId = LibraryController.parseId(id);
    try {
      library.markReviewed(documentId, actor);
      redirect.addFlashAttribute("notice", "library.markedReviewed");
    } catch (LibraryService.NotAllowed e) {
      redirect.addFlashAttribute("alert", "library.notAllowed");
    }
    return "redirect:" + base(request) + "/" + documentId;
  }

  @PostMapping(ADMIN + "/{id}/{action:approve|withdraw|republish}")
  String editorAction(
      @PathVariable String id,
      @PathVariable String action,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    Actor actor = Actor.of(user, viewer);
    long documentId = LibraryController.parseId(id);
    switch (action) {
      case "approve" -> library.approve(documentId, actor);
      case "withdraw" -> library.withdraw(documentId, actor);
      default -> library.republish(documentId, actor);
    }
    redirect.addFlashAttribute("notice", "library.done." + action);
    return "redirect:" + ADMIN + "/" + documentId;
  }

  @PostMapping(ADMIN + "/{id}/return")
  String returnToDelegate(
      @PathVariable String id,
      @RequestParam(name = "reviewNote", required = false) String note,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    Actor actor = Actor.of(user, viewer);
    long documentId = LibraryController.parseId(id);
    if (note == null || note.isBlank() || note.strip().length() > 2000) {
      redirect.addFlashAttribute("alert", "library.return.noteRequired");
      return "redirect:" + ADMIN + "/" + documentId;
    }
    library.returnToDelegate(documentId, note.strip(), actor);
    redirect.addFlashAttribute("notice", "library.done.return");
    return "redirect:" + ADMIN + "/" + documentId;
  }

  // ---- helpers ----

  private String editPage(
      Model model, Actor actor, HttpServletRequest request, Document document, Locale locale) {
    model.addAttribute("base", base(request));
    model.addAttribute("document", document);
    model.addAttribute("asEditor", actor.editor() && base(request).equals(ADMIN));
    model.addAttribute(
        "metadataEditable",
        document == null || actor.editor() || document.status() != DocumentStatus.PUBLISHED);
    // The file fields carry the limit, so that the browser refuses a larger file before sending.
    model.addAttribute("maxFileBytes", limits.maxFileSize().toBytes());
    model.addAttribute("maxFileMegabytes", limits.maxFileSize().toMegabytes());
    model.addAttribute("types", DocumentType.all());
    model.addAttribute("hazards", Hazard.all());
    model.addAttribute("levels", AccessLevel.all());
    model.addAttribute("languages", Language.all());
    model.addAttribute("countries", memberStates.oasStates(locale));
    model.addAttribute(
        "countryName",
        actor.countryCode() == null ? null : memberStates.name(actor.countryCode(), locale));
    if (document != null) {
      model.addAttribute(
          "documentTitle",
          store.descriptions(document.id()).stream()
              .filter(d -> d.language().equals(document.language()))
              .map(LibraryRecords.Description::title)
              .findFirst()
              .orElse(null));
      model.addAttribute("versions", store.versions(document.id()));
      model.addAttribute("reviewOverdue", document.reviewOverdue(library.today()));
    }
    return "library/edit";
  }

  /** The person acting, with only a delegate's rights under the delegates' address. */
  private static Actor actor(PortalUser user, Viewer viewer, HttpServletRequest request) {
    Actor actor = Actor.of(user, viewer);
    if (base(request).equals(COUNTRY) && actor.editor()) {
      return new Actor(
          actor.accountId(),
          actor.name(),
          actor.email(),
          actor.countryCode(),
          new Viewer(viewer.name(), java.util.Set.of("USER", "ASSOCIATE", "DELEGATE")));
    }
    return actor;
  }

  private static String base(HttpServletRequest request) {
    return request.getRequestURI().startsWith(ADMIN) ? ADMIN : COUNTRY;
  }
}
