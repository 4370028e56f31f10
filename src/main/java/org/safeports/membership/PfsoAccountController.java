package org.safeports.membership;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeports.platform.audit.Auditable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A registered person's PFSO verification: ask for it, see where it stands, renew it. */
@Controller
class PfsoAccountController {

  static final String PATH = "/account/pfso";

  private final PfsoService service;
  private final PfsoForms forms;
  private final MemberStates states;

  PfsoAccountController(PfsoService service, PfsoForms forms, MemberStates states) {
    this.service = service;
    this.forms = forms;
    this.states = states;
  }

  @ModelAttribute("countryNames")
  Map<String, String> countryNames(Locale locale) {
    return states.oasStates(locale).stream()
        .collect(Collectors.toMap(Country::code, Country::name));
  }

  @GetMapping(PATH)
  String page(@AuthenticationPrincipal Auditable me, Model model, Locale locale) {
    PfsoService.Own own = service.own(me.accountId());
    PfsoForm form = own.current().map(PfsoForm::renewing).orElseGet(PfsoForm::empty);
    model.addAttribute("form", form);
    return page(me, own, model, locale);
  }

  @PostMapping(PATH)
  String ask(
      @AuthenticationPrincipal Auditable me,
      @Valid @ModelAttribute("form") PfsoForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (forms.ask(me.accountId(), form, result, locale).isEmpty()) {
      return page(me, service.own(me.accountId()), model, locale);
    }
    redirect.addFlashAttribute("notice", "membership.pfso.account.sent");
    return "redirect:" + PATH;
  }

  private String page(Auditable me, PfsoService.Own own, Model model, Locale locale) {
    model.addAttribute("own", own);
    model.addAttribute("mayAskAtAll", service.mayAskAtAll(me.accountId()));
    model.addAttribute("today", service.today());
    model.addAttribute("countries", states.oasStates(locale));
    model.addAttribute("documentMaxBytes", PfsoDocuments.MAX_BYTES);
    return "membership/pfso-account";
  }
}
