package org.safeports.forum;

import java.time.Instant;
import java.util.List;

/**
 * What the topic page shows a reader: the topic, where it sits, one page of its posts (by keyset on
 * the post number), and where the other pages start; and whether showing it recorded the reader's
 * reading. Built by {@link ForumTopicReading} only from what the reader may read.
 */
record TopicPage(
    Topic topic,
    List<Crumb> crumbs,
    List<Post> posts,
    Pages pages,
    Integer firstNewNumber,
    boolean mayReply,
    boolean moderator,
    boolean readingRecorded) {

  /** Words after a topic's id that name one of its routes, not its slug. */
  static final java.util.Set<String> RESERVED_SLUGS =
      java.util.Set.of("unread", "reply", "watch", "feed.atom");

  /** The topic's own line. */
  record Topic(
      long id,
      String title,
      String slug,
      String language,
      PostState state,
      boolean pinned,
      boolean locked,
      boolean closed,
      long authorAccountId,
      int postCount) {

    /** The topic's address; a slug that a topic route also uses is left out of it. */
    public String path() {
      return RESERVED_SLUGS.contains(slug) || slug.isEmpty()
          ? "/forum/t/" + id
          : "/forum/t/" + id + "/" + slug;
    }

    public boolean open() {
      return !locked && !closed;
    }
  }

  /** A link of the breadcrumbs (the forum itself is always first and not listed here). */
  record Crumb(String name, String path) {}

  /**
   * A post as this reader sees it: its text only when they may see it ({@code showText}); a hidden
   * or deleted post otherwise shows only its state.
   */
  record Post(
      long id,
      int number,
      long authorAccountId,
      String authorName,
      String authorHandle,
      String language,
      Instant createdAt,
      Instant editedAt,
      PostState state,
      String html,
      String hiddenReason,
      boolean showText,
      boolean mine,
      boolean editable,
      List<Attachment> attachments) {

    public String anchor() {
      return "post-" + number;
    }
  }

  /** A file of a post, served at {@link #path()} after the same checks as the post. */
  record Attachment(
      long id, long postId, String fileName, String mediaType, long size, boolean image) {

    public String path() {
      return "/forum/attachments/" + id + "/" + fileName;
    }

    /** The size in kB or MB, for the download link. */
    public String sizeLabel() {
      return size >= 1024 * 1024
          ? String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0))
          : Math.max(1, Math.round(size / 1024.0)) + " kB";
    }
  }

  /** Where the first, previous, next and last pages start; null where there is none. */
  record Pages(int from, Integer previous, Integer next, Integer last) {

    public boolean several() {
      return previous != null || next != null || from > 1;
    }
  }
}
