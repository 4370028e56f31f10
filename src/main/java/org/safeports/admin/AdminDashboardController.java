package org.safeports.admin;

import org.safeports.platform.QueuedWork;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.PageNumber;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminDashboardController {

  private final DashboardFigures dashboard;

  AdminDashboardController(DashboardFigures dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/admin")
  String dashboard(
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") PageNumber page,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal Auditable me,
      Model model) {
    QueuedWork.Kind chosen = QueueKinds.parse(kind);
    DashboardFigures.Dashboard read = dashboard.read(viewer, chosen, page.value(), me.accountId());
    DashboardFigures.Figures figures = read.figures();
    model.addAttribute("queue", read.queue());
    model.addAttribute("queueKind", chosen);
    model.addAttribute("queueKinds", QueuedWork.Kind.values());
    model.addAttribute("queueLimit", WorkQueue.LIMIT);
    model.addAttribute("accountsByRole", figures.accountsByRole());
    model.addAttribute("awaitingVerification", figures.awaitingVerification());
    model.addAttribute("mailPending", figures.mailPending());
    model.addAttribute("mailFailed", figures.mailFailed());
    model.addAttribute("reviewsOverdue", figures.reviewsOverdue());
    model.addAttribute("translationsToDo", figures.translationsToDo());
    model.addAttribute("piecesWaiting", figures.piecesWaiting());
    model.addAttribute("libraryAwaiting", figures.libraryAwaiting());
    model.addAttribute("libraryOverdue", figures.libraryOverdue());
    model.addAttribute("contactWaiting", figures.contactWaiting());
    model.addAttribute("forumWaiting", figures.forumWaiting());
    return "admin/dashboard";
  }
}
