package org.safeports.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safeports.platform.audit.AuditEntry;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.web.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes messages from the form, and moves them through their states for the secretariat.
 *
 * <p>The form takes a few messages an hour from one client address (the one {@code TrustedProxies}
 * vouches for, as the sign-in throttle counts) and a few for one sender's e-mail address, counted
 * from the stored messages themselves, so every instance sees the same counts.
 */
@Service
class ContactService implements ContactInbox {

  static final Duration WINDOW = Duration.ofHours(1);
  static final int PAGE_SIZE = 20;

  /** What became of a message. */
  enum Outcome {
    RECEIVED,
    THROTTLED
  }

  private final ContactMessages messages;
  private final ContactProperties properties;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final Clock clock;

  ContactService(
      ContactMessages messages,
      ContactProperties properties,
      ApplicationEventPublisher events,
      AuditLog audit,
      Clock clock) {
    this.messages = messages;
    this.properties = properties;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** Stores the message and tells the secretariat, unless this sender has sent enough for now. */
  @Transactional
  Outcome receive(ContactForm form, ContactTopic topic, String language, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    if ((address != null
            && messages.fromAddressSince(address, since) >= properties.perAddressPerHour())
        || messages.forEmailSince(form.email(), since) >= properties.perEmailPerHour()) {
      return Outcome.THROTTLED;
    }
    // The name and subject go into a mail's header lines: no line breaks or other controls there.
    ContactForm clean =
        new ContactForm(
            oneLine(form.name()),
            form.email(),
            form.topic(),
            oneLine(form.subject()),
            form.message(),
            null);
    long id = messages.insert(clean, topic, language, address, now);
    events.publishEvent(
        new ContactMessageReceived(
            id,
            properties.secretariatEmail(),
            properties.secretariatLanguage(),
            clean.name(),
            clean.email(),
            topic.name(),
            clean.subject(),
            form.message(),
            language,
            "/admin/contact"));
    return Outcome.RECEIVED;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}", " ");
  }

  @Transactional(readOnly = true)
  Page<ContactMessageView> page(ContactStatus status, int page) {
    long total = messages.count(status);
    int offset = Paging.offset(page, PAGE_SIZE, total);
    List<ContactMessageView> rows = messages.list(status, offset, PAGE_SIZE);
    return new PageImpl<>(rows, PageRequest.of(Paging.page(page), PAGE_SIZE), total);
  }

  /**
   * Moves the message into the state, recorded in the audit log; answers false when it was in that
   * state already (nothing changes then, nothing is recorded).
   */
  @Transactional
  boolean changeStatus(long id, ContactStatus status, String by) {
    ContactStatus before =
        messages.statusForUpdate(id).orElseThrow(org.safeports.platform.NotFoundException::new);
    if (before == status) {
      return false;
    }
    messages.setStatus(id, status, by, clock.instant());
    audit.record(
        AuditEntry.of(status.recordedAs(), id)
            .change(AuditEntry.fields("status", before), AuditEntry.fields("status", status)));
    return true;
  }

  @Override
  @Transactional(readOnly = true)
  public long waiting() {
    return messages.count(ContactStatus.NEW);
  }
}
