package org.safeports.membership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.safeports.platform.audit.AuditActor;
import org.safeports.platform.web.CsvExport;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's delegates screen: every member state with its delegates and pending
 * invitations; admins appoint, invite, cancel and remove, editors read.
 */
@Controller
class DelegateAdminController {

  private final DelegateService delegates;
  private final DelegateOverview overview;
  private final MemberStates states;
  private final MessageSource messages;

  DelegateAdminController(
      DelegateService delegates,
      DelegateOverview overview,
      MemberStates states,
      MessageSource messages) {
    this.delegates = delegates;
    this.overview = overview;
    this.states = states;
    this.messages = messages;
  }

  @GetMapping("/admin/members/delegates")
  String list(Model model, Locale locale) {
    model.addAttribute("form", AppointForm.empty());
    return page(model, locale);
  }

  @PostMapping("/admin/members/delegates")
  String appoint(
      @Valid @ModelAttribute("form") AppointForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (form.language() != null && Language.fromCode(form.language()).isEmpty()) {
      FormErrors.reject(result, "language", "membership.delegates.language.required");
    }
    if (result.hasErrors()) {
      return page(model, locale);
    }
    var done =
        FormErrors.accepted(
            result, () -> delegates.appoint(form, AuditActor.current().accountId()));
    if (done.isEmpty()) {
      return page(model, locale);
    }
    redirect.addFlashAttribute(
        "notice",
        done.get() == DelegateService.Appointment.APPOINTED
            ? "membership.delegates.appointed"
            : "membership.delegates.invited");
    return "redirect:/admin/members/delegates";
  }

  @GetMapping("/admin/members/delegates/{id}/remove")
  String confirmRemoval(@PathVariable long id, Model model, Locale locale) {
    DelegateEntry delegate = delegates.delegate(id);
    model.addAttribute("delegate", delegate);
    model.addAttribute("countryName", states.name(delegate.countryCode(), locale));
    return "membership/admin-delegate-remove";
  }

  @PostMapping("/admin/members/delegates/{id}/remove")
  String remove(@PathVariable long id, RedirectAttributes redirect) {
    delegates.remove(id);
    redirect.addFlashAttribute("notice", "membership.delegates.removed");
    return "redirect:/admin/members/delegates";
  }

  @PostMapping("/admin/members/delegates/invitations/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "notice",
        delegates.cancelInvitation(id)
            ? "membership.delegates.cancelled"
            : "membership.delegates.cancelledAlready");
    return "redirect:/admin/members/delegates";
  }

  /** Every delegate, for a spreadsheet. */
  @GetMapping("/admin/members/delegates.csv")
  void export(HttpServletResponse response, Locale locale) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"delegates.csv\"");
    List<String> header =
        Stream.of(
                "membership.csv.code",
                "membership.country",
                "membership.delegates.name",
                "membership.delegates.email",
                "membership.delegates.position",
                "membership.delegates.phone",
                "membership.delegates.since")
            .map(key -> messages.getMessage(key, null, locale))
            .toList();
    try (CsvExport csv = new CsvExport(response.getOutputStream(), header)) {
      overview.csvRows(locale).forEach(csv::row);
    }
  }

  private String page(Model model, Locale locale) {
    model.addAttribute("countries", overview.byCountry(locale));
    model.addAttribute("tagMembers", states.tagMembers(locale));
    model.addAttribute("languages", Language.all());
    return "membership/admin-delegates";
  }
}
