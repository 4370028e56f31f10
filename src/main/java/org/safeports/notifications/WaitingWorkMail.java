package org.safeports.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safeports.identity.AccountDirectory;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.WorkWaiting;
import org.safeports.platform.security.PortalRole;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the secretariat of work that waits for it, whichever module's event it is: each editor and
 * admin as they chose for its kind, a mail at once in their language, a line in tomorrow's digest
 * ({@link WaitingDigest}), or nothing.
 */
@Component
class WaitingWorkMail {

  /** A subject line keeps to this many characters of the title; the body has all of it. */
  static final int SUBJECT_TITLE = 120;

  private final MailOutbox outbox;
  private final AccountDirectory accounts;
  private final WaitingChoices choices;
  private final WaitingDigest digest;
  private final PortalProperties properties;
  private final Clock clock;

  WaitingWorkMail(
      MailOutbox outbox,
      AccountDirectory accounts,
      WaitingChoices choices,
      WaitingDigest digest,
      PortalProperties properties,
      Clock clock) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.choices = choices;
    this.digest = digest;
    this.properties = properties;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(WorkWaiting work) {
    Instant now = clock.instant();
    for (long accountId : staff()) {
      switch (choices.of(accountId).get(work.kind())) {
        case AT_ONCE ->
            accounts
                .contact(accountId)
                .ifPresent(
                    contact ->
                        outbox.enqueue(
                            contact.email(),
                            contact.language(),
                            "waiting.atOnce",
                            contact.displayName(),
                            work.kind().name(),
                            shortened(work.title()),
                            work.title(),
                            properties.link(work.path()),
                            properties.link(NotificationSettingsController.PATH)));
        case DIGEST -> digest.queue(accountId, work, now);
        case NONE -> {}
      }
    }
  }

  private List<Long> staff() {
    List<Long> staff = new ArrayList<>(accounts.holding(PortalRole.EDITOR, null));
    staff.addAll(accounts.holding(PortalRole.ADMIN, null));
    return staff;
  }

  static String shortened(String title) {
    return title.length() <= SUBJECT_TITLE ? title : title.substring(0, SUBJECT_TITLE - 1) + "…";
  }
}
