package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.files.FileInspector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of posts ({@code forum_attachment}): stored with the post in its transaction, and
 * served only to a reader who may read the post's category and see the post's text, so that a
 * hidden or held post's files stay as hidden as its words. A guessed id is not found.
 */
@Component
class ForumAttachments {

  /** A file to send: its bytes and how to present them. */
  record Served(String fileName, String mediaType, boolean image, byte[] content) {}

  private final JdbcClient jdbc;
  private final ForumReaders readers;
  private final Clock clock;

  ForumAttachments(JdbcClient jdbc, ForumReaders readers, Clock clock) {
    this.jdbc = jdbc;
    this.readers = readers;
    this.clock = clock;
  }

  void store(
      long postId, long uploaderAccountId, List<ForumAttachmentUploads.NewAttachment> files) {
    for (ForumAttachmentUploads.NewAttachment file : files) {
      jdbc.sql(
              """
              insert into forum_attachment (post_id, file_name, media_type, size_bytes, sha256,
                  image, content, uploader_account_id, created_at)
              values (:post, :name, :type, :size, :sha, :image, :content, :uploader, :at)
              """)
          .param("post", postId)
          .param("name", file.fileName())
          .param("type", file.mediaType())
          .param("size", (long) file.content().length)
          .param("sha", FileInspector.sha256(file.content()))
          .param("image", file.image())
          .param("content", file.content())
          .param("uploader", uploaderAccountId)
          .param("at", Timestamp.from(clock.instant()))
          .update();
    }
  }

  int countOf(long postId) {
    return jdbc.sql("select count(*)::int from forum_attachment where post_id = :post")
        .param("post", postId)
        .query(Integer.class)
        .single();
  }

  /** The file, when the current reader may see the post it belongs to; not found otherwise. */
  @Transactional(readOnly = true)
  Served serve(long attachmentId, String fileName) {
    ForumReader reader = readers.current();
    return jdbc.sql(
            """
            select a.file_name, a.media_type, a.image, a.content, p.state as post_state,
                   p.author_account_id as post_author, t.state as topic_state,
                   t.author_account_id as topic_author
              from forum_attachment a
              join forum_post p on p.id = a.post_id
              join forum_topic t on t.id = p.topic_id
              join forum_category c on c.id = t.category_id
             where a.id = :id and
            """
                + ForumAudience.SQL_PREDICATE)
        .param("id", attachmentId)
        .param("readable", ForumTopicReading.readable(reader))
        .query(
            (rs, n) -> {
              boolean mine =
                  reader.accountId() != null && reader.accountId() == rs.getLong("post_author");
              boolean postShown =
                  TopicRows.seesText(reader, PostState.valueOf(rs.getString("post_state")), mine);
              boolean topicShown =
                  TopicRows.seesTopic(
                      reader,
                      new TopicPage.Topic(
                          0,
                          "",
                          "",
                          "",
                          PostState.valueOf(rs.getString("topic_state")),
                          false,
                          false,
                          false,
                          rs.getLong("topic_author"),
                          0));
              return postShown && topicShown
                  ? java.util.Optional.of(
                      new Served(
                          rs.getString("file_name"),
                          rs.getString("media_type"),
                          rs.getBoolean("image"),
                          rs.getBytes("content")))
                  : java.util.Optional.<Served>empty();
            })
        .optional()
        .flatMap(found -> found)
        .filter(served -> served.fileName().equals(fileName))
        .orElseThrow(NotFoundException::new);
  }
}
