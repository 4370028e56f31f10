package org.safeports.forum;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The feed links of the forum's pages, named in the reader's language. The pages that have a feed
 * (the forum's home, a category, a topic) add the one this makes as the model attribute {@code
 * feedLink}.
 */
@Component
class ForumFeedLinks {

  static final String MODEL_ATTRIBUTE = "feedLink";

  private final MessageSource messages;

  ForumFeedLinks(MessageSource messages) {
    this.messages = messages;
  }

  ForumFeedLink forum(Locale locale) {
    return new ForumFeedLink(
        "/feeds/forum.atom", messages.getMessage("forum.feed.title", null, locale));
  }

  ForumFeedLink category(String slug, String name, Locale locale) {
    return new ForumFeedLink("/forum/c/" + slug + "/feed.atom", titleOf(name, locale));
  }

  ForumFeedLink topic(long topicId, String title, Locale locale) {
    return new ForumFeedLink("/forum/t/" + topicId + "/feed.atom", titleOf(title, locale));
  }

  private String titleOf(String subject, Locale locale) {
    return messages.getMessage("forum.feed.titleOf", new Object[] {subject}, locale);
  }
}
