package org.safeports.notifications;

import java.time.Instant;
import java.util.Locale;
import org.safeports.forum.ForumDelivery;
import org.safeports.forum.ForumMailings;
import org.safeports.forum.ForumMailings.Digest;
import org.safeports.forum.ForumMailings.DigestTopic;
import org.safeports.forum.ForumMailings.PostLine;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One reader's forum digest: the forum picks and claims the posts, and the mail is written in the
 * same transaction, so a post counted as sent is always in a mail and never in a second one.
 */
@Service
class ForumDigests {

  private final ForumMailings mailings;
  private final MailOutbox outbox;
  private final MessageSource messages;
  private final PortalProperties properties;

  ForumDigests(
      ForumMailings mailings,
      MailOutbox outbox,
      MessageSource messages,
      PortalProperties properties) {
    this.mailings = mailings;
    this.outbox = outbox;
    this.messages = messages;
    this.properties = properties;
  }

  /** The readers whose digest of this kind may be due. */
  java.util.List<Long> due(ForumDelivery kind, Instant now) {
    return mailings.digestsDue(kind, now);
  }

  /** Writes the reader's digest, if one is due and has something; answers whether it did. */
  @Transactional
  boolean send(long accountId, ForumDelivery kind, Instant now) {
    return mailings
        .digest(accountId, kind, now)
        .map(
            digest -> {
              outbox.enqueueFromList(
                  digest.recipient().email(),
                  digest.recipient().language(),
                  kind == ForumDelivery.WEEKLY ? "forumWeekly" : "forumDaily",
                  digest.recipient().unsubscribeUrl(),
                  digest.recipient().name(),
                  digest.postCount(),
                  lines(digest),
                  digest.recipient().unsubscribeUrl(),
                  properties.link(ForumMail.PREFERENCES));
              return true;
            })
        .orElse(false);
  }

  private String lines(Digest digest) {
    Locale locale = Language.fromCode(digest.recipient().language()).orElse(Language.EN).locale();
    StringBuilder text = new StringBuilder();
    for (DigestTopic topic : digest.topics()) {
      text.append(
              messages.getMessage(
                  "notifications.forumDigest.topic",
                  new Object[] {topic.title(), topic.link()},
                  locale))
          .append("\n\n");
      for (PostLine post : topic.posts()) {
        text.append(
                messages.getMessage(
                    "notifications.forumDigest.post",
                    new Object[] {post.number(), post.authorName(), post.excerpt(), post.link()},
                    locale))
            .append("\n\n");
      }
    }
    return text.toString().strip();
  }
}
