package org.safeports.membership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applying to be an associate member, for everyone: the form, the confirmation of the address, and
 * the thread the applicant reads and answers through the link mailed to them.
 */
@Controller
class AssociateController {

  private final AssociateApplying applying;
  private final MemberStates states;

  AssociateController(AssociateApplying applying, MemberStates states) {
    this.applying = applying;
    this.states = states;
  }

  @GetMapping("/members/associates/apply")
  String form(Model model, Locale locale) {
    AuditActor viewer = AuditActor.current();
    model.addAttribute("form", AssociateApplicationForm.prefilled(viewer.name(), viewer.email()));
    return page(model, locale);
  }

  @PostMapping("/members/associates/apply")
  String apply(
      @Valid @ModelAttribute("form") AssociateApplicationForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.filledByARobot()) {
      return "redirect:/members/associates/apply/sent";
    }
    if (result.hasErrors()) {
      return page(model, locale);
    }
    var outcome =
        FormErrors.accepted(
            result,
            () -> applying.apply(form, Language.of(locale).code(), request.getRemoteAddr()));
    if (outcome.isEmpty()) {
      return page(model, locale);
    }
    if (outcome.get() == AssociateApplying.Outcome.THROTTLED) {
      response.setStatus(429);
      model.addAttribute("throttled", true);
      return page(model, locale);
    }
    redirect.addFlashAttribute("sentTo", form.email());
    return "redirect:/members/associates/apply/sent";
  }

  @GetMapping("/members/associates/apply/sent")
  String sent() {
    return "membership/associate-sent";
  }

  @GetMapping("/members/associates/confirm/{token}")
  String confirmPage(@PathVariable String token, Model model) {
    model.addAttribute("pending", applying.confirmable(token).orElse(null));
    model.addAttribute("token", token);
    return "membership/associate-confirm";
  }

  @PostMapping("/members/associates/confirm/{token}")
  String confirm(@PathVariable String token, Model model) {
    model.addAttribute("confirmed", applying.confirm(token).orElse(null));
    model.addAttribute("token", token);
    return "membership/associate-confirm";
  }

  @GetMapping("/members/associates/applications/{token}")
  String thread(@PathVariable String token, Model model) {
    model.addAttribute("form", new ThreadAnswerForm(null));
    return threadPage(token, model);
  }

  @PostMapping("/members/associates/applications/{token}")
  String answer(
      @PathVariable String token,
      @Valid @ModelAttribute("form") ThreadAnswerForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()
        && FormErrors.accepted(result, () -> applying.answer(token, form.message()))) {
      redirect.addFlashAttribute("notice", "membership.associate.thread.sent");
      return "redirect:/members/associates/applications/" + token;
    }
    return threadPage(token, model);
  }

  private String threadPage(String token, Model model) {
    AssociateApplying.Thread thread = applying.thread(token).orElseThrow(NotFoundException::new);
    model.addAttribute("entry", thread.application());
    model.addAttribute("thread", thread.messages());
    return "membership/associate-thread";
  }

  private String page(Model model, Locale locale) {
    model.addAttribute("kinds", List.of(AssociateKind.values()));
    model.addAttribute("areaOptions", List.of(AssociateArea.values()));
    model.addAttribute("countries", states.oasStates(locale));
    return "membership/associate-apply";
  }
}
