package org.safeports.notifications;

import java.time.Clock;
import java.util.Locale;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes e-mails into the outbox, in the recipient's language: the subject and body come from the
 * message bundles ({@code mail.<kind>.subject} and {@code mail.<kind>.body}).
 */
@Service
class MailOutbox implements MailOutboxStatus {

  private final OutboxMailRepository outbox;
  private final MessageSource messages;
  private final Clock clock;

  MailOutbox(OutboxMailRepository outbox, MessageSource messages, Clock clock) {
    this.outbox = outbox;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  void enqueue(String recipient, String language, String kind, Object... arguments) {
    write(null, recipient, language, kind, false, arguments);
  }

  /**
   * Mail whose fate the module that asked for it must learn: when it is given up, {@link
   * MailGivenUp} names {@code about}.
   */
  @Transactional
  void enqueueAbout(
      String about, String recipient, String language, String kind, Object... arguments) {
    write(about, recipient, language, kind, false, arguments);
  }

  /** Mail that carries one file, such as an event's calendar invitation. */
  @Transactional
  void enqueueWithFile(
      String recipient,
      String language,
      String kind,
      String fileName,
      String fileType,
      byte[] file,
      Object... arguments) {
    write(null, recipient, language, kind, false, arguments).attach(fileName, fileType, file);
  }

  /**
   * Mail from a list the reader chose to receive (the forum's): it carries the address that stops
   * it with one click, in the body's closing lines and as the List-Unsubscribe header.
   */
  @Transactional
  void enqueueFromList(
      String recipient, String language, String kind, String unsubscribeUrl, Object... arguments) {
    write(null, recipient, language, kind, false, arguments).unsubscribedAt(unsubscribeUrl);
  }

  /**
   * Mail that someone waits for to sign in (verification, reset): sent before other mail and
   * retried every half minute while the mail server is down.
   */
  @Transactional
  void enqueueForSignIn(String recipient, String language, String kind, Object... arguments) {
    write(null, recipient, language, kind, true, arguments);
  }

  private OutboxMail write(
      String about,
      String recipient,
      String language,
      String kind,
      boolean urgent,
      Object... arguments) {
    Locale locale = Language.fromCode(language).orElse(Language.EN).locale();
    String subject = messages.getMessage("mail." + kind + ".subject", arguments, locale);
    String body =
        messages.getMessage("mail." + kind + ".body", arguments, locale)
            + "\n\n-- \n"
            + messages.getMessage("mail.signature", null, locale);
    return outbox.save(
        new OutboxMail(
                recipient, subject, body, Language.of(locale).code(), kind, urgent, clock.instant())
            .about(about));
  }

  @Override
  @Transactional(readOnly = true)
  public long pending() {
    return outbox.countByStatus(OutboxMail.Status.PENDING);
  }

  @Override
  @Transactional(readOnly = true)
  public long failed() {
    return outbox.countByStatus(OutboxMail.Status.FAILED);
  }
}
