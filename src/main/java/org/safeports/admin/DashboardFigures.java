package org.safeports.admin;

import java.util.Map;
import org.safeports.contact.ContactInbox;
import org.safeports.content.ContentOverview;
import org.safeports.forum.ForumModerationQueue;
import org.safeports.identity.AccountDirectory;
import org.safeports.library.LibraryDirectory;
import org.safeports.notifications.MailOutboxStatus;
import org.safeports.platform.QueuedWork;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.safeports.voices.PortVoicesDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat's dashboard shows: the queue and the modules' counts, read in one read-only
 * transaction (one connection and one begin and commit for the page, instead of one per module's
 * call: the statements themselves cost a tenth of a millisecond each).
 */
@Service
class DashboardFigures {

  /** The dashboard's figures beside the queue. */
  record Figures(
      Map<PortalRole, Long> accountsByRole,
      long awaitingVerification,
      long mailPending,
      long mailFailed,
      long reviewsOverdue,
      long translationsToDo,
      long piecesWaiting,
      long libraryAwaiting,
      long libraryOverdue,
      long contactWaiting,
      long forumWaiting) {}

  /** The queue and the figures, as of one moment. */
  record Dashboard(WorkQueue.View queue, Figures figures) {}

  private final AccountDirectory accounts;
  private final MailOutboxStatus mail;
  private final ContentOverview content;
  private final PortVoicesDirectory voices;
  private final LibraryDirectory library;
  private final ContactInbox contact;
  private final ForumModerationQueue forum;
  private final WorkQueue queue;

  DashboardFigures(
      AccountDirectory accounts,
      MailOutboxStatus mail,
      ContentOverview content,
      PortVoicesDirectory voices,
      LibraryDirectory library,
      ContactInbox contact,
      ForumModerationQueue forum,
      WorkQueue queue) {
    this.accounts = accounts;
    this.mail = mail;
    this.content = content;
    this.voices = voices;
    this.library = library;
    this.contact = contact;
    this.forum = forum;
    this.queue = queue;
  }

  @Transactional(readOnly = true)
  Dashboard read(Viewer viewer, QueuedWork.Kind kind, int page, long accountId) {
    return new Dashboard(
        queue.view(viewer, kind, page, accountId),
        new Figures(
            accounts.countByRole(),
            accounts.awaitingVerification(),
            mail.pending(),
            mail.failed(),
            content.reviewsOverdue(),
            content.translationsToDo(),
            voices.waitingForReview(),
            library.awaitingReview(),
            library.plansReviewOverdue(),
            contact.waiting(),
            forum.waiting()));
  }
}
