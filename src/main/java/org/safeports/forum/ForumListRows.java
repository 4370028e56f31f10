package org.safeports.forum;

import java.time.Instant;
import java.util.List;

/** What the forum's lists show: rows made for the templates, never entities. */
final class ForumListRows {

  private ForumListRows() {}

  /**
   * A category as one reader sees it: its name and description in the reader's language or, when it
   * has none there, in {@code textLanguage}; its own counters and latest-post line.
   */
  record CategoryRow(
      long id,
      String slug,
      Long parentId,
      ForumAudience audience,
      String name,
      String description,
      String textLanguage,
      int topicCount,
      int postCount,
      LatestLine latest) {

    public String path() {
      return "/forum/c/" + slug;
    }
  }

  /** The latest post of a category or topic: where it is, who wrote it, and when. */
  record LatestLine(
      long topicId, String topicTitle, String topicSlug, int number, Instant at, String author) {

    public String path() {
      return "/forum/t/" + topicId + "/" + topicSlug + "?from=" + number + "#post-" + number;
    }
  }

  /**
   * A top-level category with the sub-categories the reader may read; the counts and latest line
   * are over those alone.
   */
  record CategoryCard(
      CategoryRow category,
      List<CategoryRow> children,
      int topicCount,
      int postCount,
      LatestLine latest) {}

  /** A topic in a list. {@code unread}: it has posts past what the reader has read. */
  record TopicRow(
      long id,
      String title,
      String slug,
      String language,
      String authorName,
      String authorHandle,
      int postCount,
      Instant createdAt,
      LatestLine latest,
      boolean pinned,
      boolean locked,
      boolean closed,
      PostState state,
      String categorySlug,
      String categoryName,
      String categoryLanguage,
      boolean unread) {

    public String path() {
      return "/forum/t/" + id + "/" + slug;
    }

    public int replies() {
      return Math.max(postCount - 1, 0);
    }

    /** The position in a list ordered by latest activity, for the next page's link. */
    TopicKeyset keyset() {
      return new TopicKeyset(latest == null ? createdAt : latest.at(), id);
    }
  }

  /** A post in a person's activity: a short excerpt of its text and the topic it is in. */
  record PostRow(
      long id,
      int number,
      String excerpt,
      String language,
      Instant createdAt,
      long topicId,
      String topicTitle,
      String topicSlug,
      String topicLanguage) {

    public String path() {
      return "/forum/p/" + id;
    }
  }

  /** One page of a list paged by keyset: the rows, and where the next page starts (or null). */
  record Slice<T>(List<T> rows, String next) {

    static <T> Slice<T> of(List<T> fetched, int size, java.util.function.Function<T, String> key) {
      if (fetched.size() <= size) {
        return new Slice<>(fetched, null);
      }
      List<T> rows = List.copyOf(fetched.subList(0, size));
      return new Slice<>(rows, key.apply(rows.get(size - 1)));
    }
  }
}
