package org.safeports.notifications;

import jakarta.validation.Valid;
import java.util.List;
import org.safeports.identity.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's own page of what mail it wants about waiting work, under the account: each
 * editor chooses for plans, pieces, applications and PFSO requests (staff only, see
 * NotificationsSecurity).
 */
@Controller
class NotificationSettingsController {

  static final String PATH = "/account/notifications";

  private final WaitingChoices choices;

  NotificationSettingsController(WaitingChoices choices) {
    this.choices = choices;
  }

  @GetMapping(PATH)
  String settings(@AuthenticationPrincipal PortalUser user, Model model) {
    model.addAttribute("form", NotificationSettingsForm.of(choices.of(user.accountId())));
    return page(model);
  }

  @PostMapping(PATH)
  String save(
      @AuthenticationPrincipal PortalUser user,
      @Valid @ModelAttribute("form") NotificationSettingsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return page(model);
    }
    choices.save(user.accountId(), form);
    redirect.addFlashAttribute("notice", "notifications.settings.saved");
    return "redirect:" + PATH;
  }

  private static String page(Model model) {
    model.addAttribute("deliveries", List.of(Delivery.values()));
    return "notifications/settings";
  }
}
