package org.safeports.admin;

import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.PageNumber;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "I'm on it" and "Leave it" on the dashboard's queue; a second editor asking for a held item is
 * told that someone is on it. Back to the queue with the same kind filter and page.
 */
@Controller
class WorkClaimController {

  private final WorkClaiming claiming;

  WorkClaimController(WorkClaiming claiming) {
    this.claiming = claiming;
  }

  @PostMapping("/admin/queue/claim")
  String claim(
      @RequestParam String key,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") PageNumber page,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal Auditable me,
      RedirectAttributes redirect) {
    return answer(claiming.claim(key, viewer, me), kind, page, redirect);
  }

  @PostMapping("/admin/queue/leave")
  String leave(
      @RequestParam String key,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") PageNumber page,
      @AuthenticationPrincipal Auditable me,
      RedirectAttributes redirect) {
    return answer(claiming.leave(key, me), kind, page, redirect);
  }

  private static String answer(
      WorkClaiming.Outcome outcome, String kind, PageNumber page, RedirectAttributes redirect) {
    redirect.addFlashAttribute(outcome.done() ? "notice" : "alert", outcome.messageKey());
    return "redirect:" + QueueKinds.address(QueueKinds.parse(kind), page.value());
  }
}
