package org.safeports.notifications;

import jakarta.validation.Valid;
import java.util.List;
import org.safeports.identity.PortalUser;
import org.safeports.platform.MonthlySummaryChoice;
import org.safeports.platform.security.PortalRole;
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
 * The account's page of the mail it wants: each editor chooses for plans, pieces, applications and
 * PFSO requests (staff only, see NotificationsSecurity); each delegate whether the monthly summary
 * of their country comes (the same stored choice as on their participation page).
 */
@Controller
class NotificationSettingsController {

  static final String PATH = "/account/notifications";
  static final String SUMMARY_PATH = PATH + "/summary";

  private final WaitingChoices choices;
  private final MonthlySummaryChoice summary;

  NotificationSettingsController(WaitingChoices choices, MonthlySummaryChoice summary) {
    this.choices = choices;
    this.summary = summary;
  }

  @GetMapping(PATH)
  String settings(@AuthenticationPrincipal PortalUser user, Model model) {
    if (user.role().isStaff()) {
      model.addAttribute("form", NotificationSettingsForm.of(choices.of(user.accountId())));
    }
    return page(user, model);
  }

  /** The delegate's choice of the monthly summary: the box ticked or not (unticked sends none). */
  @PostMapping(SUMMARY_PATH)
  String chooseSummary(
      @AuthenticationPrincipal PortalUser user,
      @RequestParam(required = false) String monthly,
      RedirectAttributes redirect) {
    summary.choose(user.accountId(), "true".equals(monthly));
    redirect.addFlashAttribute("notice", "admin.participation.mailSaved");
    return "redirect:" + PATH + "#summary-mail";
  }

  @PostMapping(PATH)
  String save(
      @AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("form") NotificationSettingsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return page(user, model);
    }
    choices.save(user.accountId(), form);
    redirect.addFlashAttribute("notice", "notifications.settings.saved");
    return "redirect:" + PATH;
  }

  private String page(PortalUser user, Model model) {
    model.addAttribute("deliveries", List.of(Delivery.values()));
    boolean delegate = user.role() == PortalRole.DELEGATE;
    model.addAttribute("delegate", delegate);
    if (delegate) {
      model.addAttribute("monthlyWanted", summary.wanted(user.accountId()));
    }
    return "notifications/settings";
  }
}
