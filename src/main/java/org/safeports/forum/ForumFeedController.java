package org.safeports.forum;

import java.util.Locale;
import org.safeports.platform.web.FeedWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The forum's Atom feeds. Public ones may be kept by readers and proxies for a few minutes; a
 * restricted one is answered only within the session of someone who may read it, and never kept.
 */
@Controller
class ForumFeedController {

  private static final String ATOM = "application/atom+xml";

  private final ForumFeeds feeds;
  private final ForumReaders readers;

  ForumFeedController(ForumFeeds feeds, ForumReaders readers) {
    this.feeds = feeds;
    this.readers = readers;
  }

  @GetMapping("/feeds/forum.atom")
  ResponseEntity<String> forum(Locale locale) {
    return answer(feeds.publicFeed(locale));
  }

  @GetMapping("/forum/c/{slug}/feed.atom")
  ResponseEntity<String> category(@PathVariable String slug, Locale locale) {
    return answer(feeds.categoryFeed(readers.current(), slug, locale));
  }

  @GetMapping("/forum/t/{id}/feed.atom")
  ResponseEntity<String> topic(@PathVariable long id, Locale locale) {
    return answer(feeds.topicFeed(readers.current(), id, locale));
  }

  private static ResponseEntity<String> answer(ForumFeeds.Answer answer) {
    if (answer.isPublic()) {
      return FeedWriter.response(answer.atom(), ATOM);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ATOM + ";charset=UTF-8"))
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(answer.atom());
  }
}
