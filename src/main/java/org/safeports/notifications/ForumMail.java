package org.safeports.notifications;

import java.time.Clock;
import java.time.Instant;
import org.safeports.forum.ForumMailings;
import org.safeports.forum.ForumMailings.Channel;
import org.safeports.forum.ForumMailings.PostMail;
import org.safeports.forum.ForumMailings.Recipient;
import org.safeports.forum.ForumPostPublished;
import org.safeports.platform.PortalProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new forum post at once: to each reader it mentions, then to each watcher who chose mail per
 * post. The forum says who may read it; each mail is written in the transaction that records the
 * post as sent to that reader, so a post never reaches one reader twice, by any channel.
 */
@Component
class ForumMail {

  static final String PREFERENCES = "/account/forum";

  private final ForumMailings mailings;
  private final MailOutbox outbox;
  private final PortalProperties properties;
  private final Clock clock;

  ForumMail(ForumMailings mailings, MailOutbox outbox, PortalProperties properties, Clock clock) {
    this.mailings = mailings;
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ForumPostPublished published) {
    mailings
        .atOnce(published)
        .ifPresent(
            mail -> {
              Instant now = clock.instant();
              for (Recipient reader : mail.mentioned()) {
                send(mail, reader, Channel.MENTION, "forumMention", now);
              }
              for (Recipient reader : mail.watchers()) {
                send(mail, reader, Channel.PER_POST, "forumPost", now);
              }
            });
  }

  private void send(PostMail mail, Recipient reader, Channel channel, String kind, Instant now) {
    if (!mailings.claim(reader.accountId(), mail.post().postId(), channel, now)) {
      return;
    }
    outbox.enqueueFromList(
        reader.email(),
        reader.language(),
        kind,
        reader.unsubscribeUrl(),
        reader.name(),
        mail.topicTitle(),
        mail.post().authorName(),
        mail.post().excerpt(),
        mail.post().link(),
        reader.unsubscribeUrl(),
        properties.link(PREFERENCES));
  }
}
