package org.safeports.library;

import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A delegate's contingency plans of their own country, under /library/country: they wait for an
 * editor before the public sees them. The country is the account's, never the form's; an editor who
 * works here has a delegate's rights only.
 */
@Controller
@RequestMapping(LibraryDelegateController.BASE)
class LibraryDelegateController {

  static final String BASE = "/library/country";

  private final LibraryService library;
  private final LibraryReading reading;
  private final DocumentForms forms;
  private final DocumentEditPage page;
  private final DocumentViews views;
  private final MemberStates memberStates;

  LibraryDelegateController(
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

  @GetMapping
  String plans(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    Actor actor = delegate(user, viewer);
    String country = actor.countryCode();
    model.addAttribute("hasCountry", country != null);
    model.addAttribute("countryName", country == null ? null : memberStates.name(country, locale));
    model.addAttribute(
        "cards",
        country == null
            ? List.of()
            : views.cards(
                reading.countryPlans(country, Language.of(locale).code()),
                Map.of(),
                viewer,
                locale,
                library.today()));
    return "library/country";
  }

  @GetMapping("/new")
  String newPlan(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    Actor actor = delegate(user, viewer);
    model.addAttribute("form", forms.blank(actor, locale));
    return page.render(model, BASE, actor, null, locale);
  }

  @PostMapping("/new")
  String create(
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      @Valid @ModelAttribute("form") DocumentForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Actor actor = delegate(user, viewer);
    Long id = forms.create(form, result, actor, false, locale);
    if (id == null) {
      return page.render(model, BASE, actor, null, locale);
    }
    redirect.addFlashAttribute("notice", "library.submitted");
    return "redirect:" + BASE + "/" + id;
  }

  @GetMapping("/{id}")
  String edit(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      Model model,
      Locale locale) {
    Actor actor = delegate(user, viewer);
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
    Actor actor = delegate(user, viewer);
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
    Actor actor = delegate(user, viewer);
    LibraryReading.Editing editing = reading.editing(id, actor);
    if (!forms.addVersion(id, form, result, actor, locale)) {
      model.addAttribute("form", forms.of(editing));
      return page.render(model, BASE, actor, editing, locale);
    }
    redirect.addFlashAttribute("notice", "library.versionSubmitted");
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/reviewed")
  String reviewed(
      @PathVariable long id,
      @AuthenticationPrincipal PortalUser user,
      @ModelAttribute("viewer") Viewer viewer,
      RedirectAttributes redirect) {
    library.markReviewed(id, delegate(user, viewer));
    redirect.addFlashAttribute("notice", "library.markedReviewed");
    return "redirect:" + BASE + "/" + id;
  }

  /** The person with a delegate's rights only, whatever else their role reaches. */
  private static Actor delegate(PortalUser user, Viewer viewer) {
    return Actor.of(user, viewer).asDelegate();
  }
}
