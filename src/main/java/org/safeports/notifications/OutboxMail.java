package org.safeports.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail on its way: pending until delivered, failed after too many attempts. While a sender
 * talks to the mail server the row carries that sender's claim, which runs out by itself.
 */
@Entity
@Table(name = "outbox_mail")
class OutboxMail {

  enum Status {
    PENDING,
    SENT,
    FAILED
  }

  static final int MAX_ATTEMPTS = 12;

  /** How long after a failure mail for signing in is tried again, however long the outage. */
  static final Duration URGENT_PAUSE = Duration.ofSeconds(30);

  /** Mail for signing in is given up two days after it was written, as other mail is. */
  static final Duration URGENT_LIFETIME = Duration.ofHours(48);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  // Not from the entities' auditing (platform.database): the time the mail was written starts
  // urgent mail's two days of retries, so it is set with the first attempt's time, from one
  // instant.
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private boolean urgent;

  /** What the mail is about, for the module that must learn if it is given up (may be null). */
  @Column(name = "about")
  private String about;

  @Column(name = "claim_token")
  private UUID claimToken;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  /**
   * Where the reader stops this kind of mail with one click; null for mail that is not a list's.
   */
  @Column(name = "unsubscribe_url")
  private String unsubscribeUrl;

  /** One file carried with the mail (an event's calendar invitation), or none. */
  @Column(name = "attachment_name")
  private String attachmentName;

  @Column(name = "attachment_type")
  private String attachmentType;

  @Column(name = "attachment")
  private byte[] attachment;

  protected OutboxMail() {}

  OutboxMail(
      String recipient,
      String subject,
      String body,
      String language,
      String category,
      boolean urgent,
      Instant now) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.language = language;
    this.category = category;
    this.urgent = urgent;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** A mail from a list the reader can leave with one click at this address. */
  OutboxMail unsubscribedAt(String url) {
    this.unsubscribeUrl = url;
    return this;
  }

  /** A mail that carries this file. */
  OutboxMail attach(String name, String type, byte[] bytes) {
    this.attachmentName = name;
    this.attachmentType = type;
    this.attachment = bytes == null ? null : bytes.clone();
    return this;
  }

  String attachmentName() {
    return attachmentName;
  }

  String attachmentType() {
    return attachmentType;
  }

  byte[] attachment() {
    return attachment == null ? null : attachment.clone();
  }

  Long id() {
    return id;
  }

  String unsubscribeUrl() {
    return unsubscribeUrl;
  }

  String recipient() {
    return recipient;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  String language() {
    return language;
  }

  String category() {
    return category;
  }

  Status status() {
    return status;
  }

  int attempts() {
    return attempts;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  String lastError() {
    return lastError;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant sentAt() {
    return sentAt;
  }

  boolean urgent() {
    return urgent;
  }

  String about() {
    return about;
  }

  OutboxMail about(String reference) {
    this.about = reference;
    return this;
  }

  Instant claimedUntil() {
    return claimedUntil;
  }

  void claim(UUID token, Instant until) {
    claimToken = token;
    claimedUntil = until;
  }

  boolean isClaimedBy(UUID token) {
    return token.equals(claimToken);
  }

  void releaseClaim() {
    claimToken = null;
    claimedUntil = null;
  }

  void delivered(Instant now) {
    releaseClaim();
    status = Status.SENT;
    attempts++;
    sentAt = now;
    lastError = null;
  }

  /**
   * Waits twice as long after each failure (1 min, 2, 4 ... at most 6 h), then gives up. Mail for
   * signing in waits only half a minute each time: the person is waiting for it.
   */
  void failed(String error, Instant now) {
    releaseClaim();
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
    if (urgent) {
      if (now.isAfter(createdAt.plus(URGENT_LIFETIME))) {
        status = Status.FAILED;
      } else {
        nextAttemptAt = now.plus(URGENT_PAUSE);
      }
      return;
    }
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
      return;
    }
    long minutes = Math.min(360, 1L << Math.min(attempts - 1, 20));
    nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
  }

  void retryNow(Instant now) {
    status = Status.PENDING;
    nextAttemptAt = now;
  }
}
