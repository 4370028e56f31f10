package org.safeports.membership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.web.FormErrors;
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
 * The secretariat's queue of associate members' applications, oldest first with their age; one
 * application with its thread and the decisions; the CSV files.
 */
@Controller
@RequestMapping("/admin/members/applications")
class AssociateAdminController {

  private final AssociateDecisions decisions;
  private final AssociateExports exports;
  private final MemberStates states;
  private final Clock clock;

  AssociateAdminController(
      AssociateDecisions decisions, AssociateExports exports, MemberStates states, Clock clock) {
    this.decisions = decisions;
    this.exports = exports;
    this.states = states;
    this.clock = clock;
  }

  @GetMapping
  String queue(@RequestParam(required = false) String state, Model model) {
    ApplicationState filter =
        ApplicationState.of(state).filter(s -> s != ApplicationState.UNCONFIRMED).orElse(null);
    model.addAttribute("applications", decisions.queue(filter));
    model.addAttribute("chosenState", filter);
    model.addAttribute(
        "states",
        List.of(
            ApplicationState.QUEUED,
            ApplicationState.WAITING,
            ApplicationState.APPROVED,
            ApplicationState.DECLINED));
    model.addAttribute("now", clock.instant());
    return "membership/admin-applications";
  }

  @GetMapping("/{id}")
  String application(@PathVariable long id, Model model, Locale locale) {
    model.addAttribute("question", new ThreadAnswerForm(null));
    model.addAttribute("decline", new DeclineForm(null));
    return page(id, model, locale);
  }

  @PostMapping("/{id}/ask")
  String ask(
      @PathVariable long id,
      @Valid @ModelAttribute("question") ThreadAnswerForm question,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()
        && FormErrors.accepted(
            result, () -> decisions.ask(id, question.message(), AuditActor.current()))) {
      redirect.addFlashAttribute("notice", "membership.associate.admin.asked");
      return "redirect:/admin/members/applications/" + id;
    }
    model.addAttribute("decline", new DeclineForm(null));
    return page(id, model, locale);
  }

  @PostMapping("/{id}/approve")
  String approve(@PathVariable long id, RedirectAttributes redirect) {
    if (decisions.approve(id, AuditActor.current())) {
      redirect.addFlashAttribute("notice", "membership.associate.admin.approved");
    } else {
      redirect.addFlashAttribute("alert", "membership.associate.admin.decided");
    }
    return "redirect:/admin/members/applications/" + id;
  }

  @PostMapping("/{id}/decline")
  String decline(
      @PathVariable long id,
      @Valid @ModelAttribute("decline") DeclineForm decline,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()
        && FormErrors.accepted(
            result, () -> decisions.decline(id, decline.reason(), AuditActor.current()))) {
      redirect.addFlashAttribute("notice", "membership.associate.admin.declined");
      return "redirect:/admin/members/applications/" + id;
    }
    model.addAttribute("question", new ThreadAnswerForm(null));
    return page(id, model, locale);
  }

  @GetMapping("/pending.csv")
  void pending(HttpServletResponse response, Locale locale) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"associate-applications.csv\"");
    exports.pending(response.getOutputStream(), locale);
  }

  @GetMapping("/associates.csv")
  void approved(HttpServletResponse response, Locale locale) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"associate-members.csv\"");
    exports.approved(response.getOutputStream(), locale);
  }

  private String page(long id, Model model, Locale locale) {
    AssociateDecisions.Detail detail = decisions.detail(id).orElseThrow(NotFoundException::new);
    model.addAttribute("entry", detail.application());
    model.addAttribute("thread", detail.thread());
    model.addAttribute("namedByName", detail.namedByName());
    model.addAttribute("countryName", states.name(detail.application().countryCode(), locale));
    model.addAttribute("now", clock.instant());
    return "membership/admin-application";
  }
}
