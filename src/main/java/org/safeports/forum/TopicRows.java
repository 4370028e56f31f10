package org.safeports.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The rows {@link ForumTopicReading} reads, before the reader's view of them is decided. */
final class TopicRows {

  private TopicRows() {}

  /** The topic as the page needs it, before the reader's view of it is decided. */
  record TopicRow(
      TopicPage.Topic topic,
      ForumAudience audience,
      Long mergedIntoId,
      String categorySlug,
      String categoryName,
      String parentSlug,
      String parentName) {}

  /** A post as it is stored, before the reader's view of it. */
  record PostRow(
      long id,
      int number,
      long authorAccountId,
      String authorName,
      String language,
      String html,
      PostState state,
      String hiddenReason,
      Instant editedAt,
      Instant createdAt,
      String handle) {}

  /** Where a link to a topic lands: its address and the post number to open at. */
  record Target(String path, int number) {

    String address() {
      return path + "?from=" + number + "#post-" + number;
    }
  }

  /** A post's author and text, to quote. */
  record Quoted(String authorName, String markdown) {

    /** The post as a Markdown quote under its author's name (the name cannot carry markup). */
    String asMarkdown() {
      String name = authorName.replaceAll("([\\\\`*_\\[\\]<>#!|~])", "\\\\$1");
      String quoted =
          markdown.lines().map(l -> l.isBlank() ? ">" : "> " + l).collect(Collectors.joining("\n"));
      return "> **" + name + "**:\n>\n" + quoted + "\n\n";
    }
  }

  static TopicRow topicRow(ResultSet rs, int n) throws SQLException {
    Long merged = rs.getObject("merged_into_id") == null ? null : rs.getLong("merged_into_id");
    return new TopicRow(
        new TopicPage.Topic(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getString("slug"),
            rs.getString("language"),
            PostState.valueOf(rs.getString("state")),
            rs.getBoolean("pinned"),
            rs.getBoolean("locked"),
            rs.getBoolean("closed"),
            rs.getLong("author_account_id"),
            rs.getInt("post_count")),
        ForumAudience.valueOf(rs.getString("audience")),
        merged,
        rs.getString("c_slug"),
        rs.getString("c_name"),
        rs.getString("p_slug"),
        rs.getString("p_name"));
  }

  static PostRow postRow(ResultSet rs, int n) throws SQLException {
    return new PostRow(
        rs.getLong("id"),
        rs.getInt("number"),
        rs.getLong("author_account_id"),
        rs.getString("author_name"),
        rs.getString("language"),
        rs.getString("body_html"),
        PostState.valueOf(rs.getString("state")),
        rs.getString("hidden_reason"),
        instant(rs.getTimestamp("edited_at")),
        instant(rs.getTimestamp("created_at")),
        rs.getString("handle"));
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }

  static TopicPage.Post view(
      ForumReader reader,
      TopicPage.Topic topic,
      PostRow p,
      List<TopicPage.Attachment> files,
      Instant editableSince) {
    boolean mine = reader.accountId() != null && reader.accountId() == p.authorAccountId();
    boolean showText = seesText(reader, p.state(), mine);
    boolean editable =
        reader.signedIn()
            && p.state() != PostState.DELETED
            && (reader.moderator()
                || mine
                    && (p.state() == PostState.VISIBLE || p.state() == PostState.HELD)
                    && !topic.locked()
                    && p.createdAt().isAfter(editableSince));
    return new TopicPage.Post(
        p.id(),
        p.number(),
        p.authorAccountId(),
        p.authorName(),
        p.handle(),
        p.language(),
        p.createdAt(),
        p.editedAt(),
        p.state(),
        showText ? p.html() : null,
        showText ? p.hiddenReason() : null,
        showText,
        mine,
        editable,
        showText ? files : List.of());
  }

  /** Whether a reader sees the text (and the files) of a post in this state. */
  static boolean seesText(ForumReader reader, PostState state, boolean mine) {
    return switch (state) {
      case VISIBLE -> true;
      case HELD, HIDDEN -> mine || reader.moderator();
      case DELETED -> reader.moderator();
    };
  }

  /** A topic follows its opening post: held or hidden ones only for their author and moderators. */
  static boolean seesTopic(ForumReader reader, TopicPage.Topic topic) {
    boolean mine = reader.accountId() != null && reader.accountId() == topic.authorAccountId();
    return topic.state() == PostState.VISIBLE
        || reader.moderator()
        || mine && topic.state() != PostState.DELETED;
  }

  static List<TopicPage.Crumb> crumbs(TopicRow row) {
    List<TopicPage.Crumb> crumbs = new ArrayList<>();
    if (row.parentSlug() != null) {
      crumbs.add(new TopicPage.Crumb(row.parentName(), "/forum/c/" + row.parentSlug()));
    }
    crumbs.add(new TopicPage.Crumb(row.categoryName(), "/forum/c/" + row.categorySlug()));
    return crumbs;
  }
}
