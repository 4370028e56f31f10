package org.safeports.notifications;

import java.util.LinkedHashSet;
import java.util.Set;
import org.safeports.identity.AccountDirectory;
import org.safeports.library.PlanDecided;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.security.PortalRole;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a country's delegates, each in their language, that the secretariat approved or returned
 * their country's plan, with the secretariat's reason when returned and a link to the plan. Who
 * hears: the account that sent the plan (even if no longer a delegate: it is their upload) and
 * every other delegate of the country, since any of them may answer a returned plan. The country's
 * delegates are the accounts whose role is DELEGATE in that country: membership's decisions keep an
 * account's role and country in step with its delegate appointment.
 */
@Component
class LibraryMail {

  private final MailOutbox outbox;
  private final AccountDirectory accounts;
  private final PortalProperties properties;

  LibraryMail(MailOutbox outbox, AccountDirectory accounts, PortalProperties properties) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(PlanDecided event) {
    Set<Long> recipients = new LinkedHashSet<>();
    if (event.uploaderAccountId() != null) {
      recipients.add(event.uploaderAccountId());
    }
    recipients.addAll(accounts.holding(PortalRole.DELEGATE, event.countryCode()));
    String kind = event.approved() ? "library.planApproved" : "library.planReturned";
    String reason = event.reason() == null ? "" : event.reason();
    for (long accountId : recipients) {
      accounts
          .contact(accountId)
          .ifPresent(
              contact ->
                  outbox.enqueue(
                      contact.email(),
                      contact.language(),
                      kind,
                      contact.displayName(),
                      WaitingWorkMail.shortened(event.title()),
                      event.title(),
                      reason,
                      properties.link(event.path())));
    }
  }
}
