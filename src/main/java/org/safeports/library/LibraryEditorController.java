package org.safeports.library;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.safeports.identity.PortalUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's library, under /admin/library: every document in any state, adding and
 * describing documents, and the decisions on the plans delegates send.
 */
@Controller
@RequestMapping(LibraryEditorController.BASE)
class LibraryEditorController {

  static final String BASE = "/admin/library";

  private final LibraryService library;
  private final LibraryReading reading;
  private final DocumentForms forms;
  private final DocumentEditPage page;
  private final DocumentViews views;
  private final MemberStates memberStates;

  LibraryEditorController(
      LibraryService library,
      LibraryReading reading,
      DocumentForms forms,
      DocumentEditPage page,
      DocumentViews views,
      MemberStates memberStates) {
    this.library = library;
    this.reading = reading;
    this.forms = forms;
    this.page = page;
    this.views = views;
    this.memberStates = memberStates;
  }

  /** The list's filters; a value that is not one of the choices lists everything. */
  static class ListFilter {
    private DocumentStatus status;
    private boolean overdue;
    private String country;

    public void setStatus(DocumentStatus status) {
      this.status = status;
    }

    public void setOverdue(boolean overdue) {
      this.overdue = overdue;
    }

    public void setCountry(String country) {
      this.country = country;
    }
  }

  /** Which document's downloads to show; none or not a number: all of them. */
  static class DownloadsFilter {
    private Long document;

    public void setDocument(Long document) {
      this.document = document;
    }
  }

  @GetMapping
  String list(
      @ModelAttribute("listFilter") ListFilter filter,
      BindingResult ignored,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    String country =
        filter.country != null && memberStates.isOasState(filter.country) ? filter.country : null;
    model.addAttribute(
        "cards",
        views.cards(
            reading.forEditors(filter.status, filter.overdue, country, Language.of(locale).code()),
            Map.of(),
            viewer,
            locale,
            library.today()));
    model.addAttribute("statusChosen", filter.status);
    model.addAttribute("overdueOnly", filter.overdue);
    model.addAttribute("countryChosen", country);
    model.addAttribute("statuses", DocumentStatus.values());
    model.addAttribute("oasStates", memberStates.oasStates(locale));
    model.addAttribute("awaiting", reading.awaitingReview());
    return "library/admin-list";
  }

  @GetMapping("/downloads")
  String downloads(
      @ModelAttribute("downloadsFilter") DownloadsFilter filter,
      BindingResult ignored,
      Model model) {
    model.addAttribute("downloads", reading.downloads(filter.document));
    model.addAttribute("documentId", filter.document);
    return "library/admin-downloads";
  }

  @GetMapping("/new")
  String newDocument(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    Actor actor = Actor.of(user, viewer);
    model.addAttribute("form", forms.blank(actor, locale));
    return page.render(model, BASE, actor, null, locale);
  }

  @PostMapping("/new")
  String create(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("form") DocumentForm form,
      BindingResult result,
      @RequestParam(defaultValue = "publish") String intent,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = Actor.of(user, viewer);
    Long id = forms.create(form, result, actor, intent.equals("publish"), locale);
    if (id == null) {
      return page.render(model, BASE, actor, null, locale);
    }
    redirect.addFlashAttribute("notice", "library.saved");
    return "redirect:" + BASE + "/" + id;
  }

  @GetMapping("/{id}")
  String edit(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    Actor actor = Actor.of(user, viewer);
    LibraryReading.Editing editing = reading.editing(id, actor);
    model.addAttribute("form", forms.of(editing));
    return page.render(model, BASE, actor, editing, locale);
  }

  @PostMapping("/{id}")
  String save(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("form") DocumentForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = Actor.of(user, viewer);
    LibraryReading.Editing editing = reading.editing(id, actor);
    if (!forms.save(id, form, result, actor)) {
      return page.render(model, BASE, actor, editing, locale);
    }
    redirect.addFlashAttribute("notice", "library.saved");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/versions")
  String addVersion(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("versionForm") VersionForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = Actor.of(user, viewer);
    LibraryReading.Editing editing = reading.editing(id, actor);
    if (!forms.addVersion(id, form, result, actor, locale)) {
      model.addAttribute("form", forms.of(editing));
      return page.render(model, BASE, actor, editing, locale);
    }
    redirect.addFlashAttribute("notice", "library.versionAdded");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/reviewed")
  String reviewed(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    library.markReviewed(id, Actor.of(user, viewer));
    redirect.addFlashAttribute("notice", "library.markedReviewed");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/approve")
  String approve(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    library.approve(id, Actor.of(user, viewer));
    redirect.addFlashAttribute("notice", "library.done.approve");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/withdraw")
  String withdraw(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    library.withdraw(id, Actor.of(user, viewer));
    redirect.addFlashAttribute("notice", "library.done.withdraw");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/republish")
  String republish(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    library.republish(id, Actor.of(user, viewer));
    redirect.addFlashAttribute("notice", "library.done.republish");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/return")
  String returnToDelegate(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("returnForm") ReturnForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = Actor.of(user, viewer);
    if (result.hasErrors()) {
      LibraryReading.Editing editing = reading.editing(id, actor);
      model.addAttribute("form", forms.of(editing));
      return page.render(model, BASE, actor, editing, locale);
    }
    library.returnToDelegate(id, form.reviewNote(), actor);
    redirect.addFlashAttribute("notice", "library.done.return");
    return "redirect:" + BASE + "/" + id;
  }
}
