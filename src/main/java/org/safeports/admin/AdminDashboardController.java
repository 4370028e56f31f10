package org.safeports.admin;

import org.safeports.contact.ContactInbox;
import org.safeports.content.ContentOverview;
import org.safeports.forum.ForumModerationQueue;
import org.safeports.identity.AccountDirectory;
import org.safeports.library.LibraryDirectory;
import org.safeports.notifications.MailOutboxStatus;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.security.Viewer;
import org.safeports.voices.PortVoicesDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminDashboardController {

  private final AccountDirectory accounts;
  private final MailOutboxStatus mail;
  private final ContentOverview content;
  private final PortVoicesDirectory voices;
  private final LibraryDirectory library;
  private final ContactInbox contact;
  private final ForumModerationQueue forum;
  private final WorkQueue queue;

  AdminDashboardController(
      ContactInbox contact,
      LibraryDirectory library,
      AccountDirectory accounts,
      MailOutboxStatus mail,
      ContentOverview content,
      PortVoicesDirectory voices,
      ForumModerationQueue forum,
      WorkQueue queue) {
    this.queue = queue;
    this.forum = forum;
    this.contact = contact;
    this.voices = voices;
    this.library = library;
    this.accounts = accounts;
    this.mail = mail;
    this.content = content;
  }

  @GetMapping("/admin")
  String dashboard(
      @RequestParam(required = false) String kind,
      @ModelAttribute("viewer") Viewer viewer,
      @AuthenticationPrincipal Auditable me,
      Model model) {
    QueuedWork.Kind chosen = QueueKinds.parse(kind);
    model.addAttribute("queue", queue.view(viewer, chosen, me.accountId()));
    model.addAttribute("queueKind", chosen);
    model.addAttribute("queueKinds", QueuedWork.Kind.values());
    model.addAttribute("queueLimit", WorkQueue.LIMIT);
    model.addAttribute("accountsByRole", accounts.countByRole());
    model.addAttribute("awaitingVerification", accounts.awaitingVerification());
    model.addAttribute("mailPending", mail.pending());
    model.addAttribute("mailFailed", mail.failed());
    model.addAttribute("reviewsOverdue", content.reviewsOverdue());
    model.addAttribute("translationsToDo", content.translationsToDo());
    model.addAttribute("piecesWaiting", voices.waitingForReview());
    model.addAttribute("libraryAwaiting", library.awaitingReview());
    model.addAttribute("libraryOverdue", library.plansReviewOverdue());
    model.addAttribute("contactWaiting", contact.waiting());
    model.addAttribute("forumWaiting", forum.waiting());
    return "admin/dashboard";
  }
}
