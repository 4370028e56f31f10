package org.safeports.notifications;

import org.safeports.platform.ParticipationSummaryDue;
import org.safeports.platform.PortalProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends each delegate the monthly summary of their country's participation. */
@Component
class ParticipationSummaryMail {

  private final MailOutbox outbox;
  private final PortalProperties properties;

  ParticipationSummaryMail(MailOutbox outbox, PortalProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  @ApplicationModuleListener
  void on(ParticipationSummaryDue event) {
    outbox.enqueue(
        event.email(),
        event.language(),
        "participation.summary",
        event.name(),
        event.country(),
        event.month(),
        event.summary(),
        properties.link(event.path()),
        properties.link("/account/notifications#summary-mail"),
        event.waiting());
  }
}
