package org.safeports.membership;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The associate members' directory (organisations for everyone, contacts for members), and the form
 * an organisation's associate member names a further contact with.
 */
@Controller
class AssociateDirectoryController {

  private final AssociateDirectory directory;
  private final AssociateApplying applying;

  AssociateDirectoryController(AssociateDirectory directory, AssociateApplying applying) {
    this.directory = directory;
    this.applying = applying;
  }

  @GetMapping("/members/associates")
  String directory(
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String country,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal Auditable person,
      Model model,
      Locale locale) {
    AssociateDirectory.Sort order =
        "country".equals(sort) ? AssociateDirectory.Sort.COUNTRY : AssociateDirectory.Sort.NAME;
    AssociateKind chosenKind = AssociateKind.of(kind).orElse(null);
    List<Country> countries = directory.countries(locale);
    String chosenCountry =
        countries.stream()
            .map(Country::code)
            .filter(c -> c.equals(country))
            .findFirst()
            .orElse(null);
    boolean members = viewer.has("ASSOCIATE") || viewer.has("PFSO");
    model.addAttribute(
        "entries", directory.entries(locale, order, chosenKind, chosenCountry, members));
    model.addAttribute("showContacts", members);
    model.addAttribute("sortedBy", order.name().toLowerCase(Locale.ROOT));
    model.addAttribute("chosenKind", chosenKind == null ? null : chosenKind.name());
    model.addAttribute("chosenCountry", chosenCountry);
    model.addAttribute("kinds", List.of(AssociateKind.values()));
    model.addAttribute("countries", countries);
    model.addAttribute(
        "mayNameContact",
        person != null && !applying.organisationsOf(person.accountId()).isEmpty());
    return "membership/associates";
  }

  @GetMapping("/members/associates/contacts/new")
  String contactForm(@AuthenticationPrincipal Auditable person, Model model) {
    model.addAttribute("form", new FurtherContactForm(null, null, null));
    return contactPage(person, model);
  }

  @PostMapping("/members/associates/contacts/new")
  String nameContact(
      @AuthenticationPrincipal Auditable person,
      @Valid @ModelAttribute("form") FurtherContactForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()
        && FormErrors.accepted(
                result,
                () -> applying.nameContact(person.accountId(), form, Language.of(locale).code()))
            .isPresent()) {
      redirect.addFlashAttribute("notice", "membership.associate.contact.sent");
      return "redirect:/members/associates";
    }
    return contactPage(person, model);
  }

  private String contactPage(Auditable person, Model model) {
    model.addAttribute("organisations", applying.organisationsOf(person.accountId()));
    return "membership/associate-contact";
  }
}
