package org.safeports.forum;

import java.util.Set;
import java.util.UUID;
import org.safeports.platform.security.PortalRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forum rows made for a test: a category with a fresh slug, and topics and replies written through
 * {@link ForumPosting} as a reader of a given role, so counters and events are the real ones.
 */
@Component
public class TestForum {

  private final JdbcClient jdbc;
  private final ForumPosting posting;
  private final ForumReaders readers;
  private final ForumFlags flags;

  TestForum(JdbcClient jdbc, ForumPosting posting, ForumReaders readers, ForumFlags flags) {
    this.jdbc = jdbc;
    this.posting = posting;
    this.readers = readers;
    this.flags = flags;
  }

  /** A flag on a post by this account (of this role), with a reason (a FlagReason name). */
  public void flag(long postId, long accountId, PortalRole role, String reason, String note) {
    flags.flag(
        readers.of(accountId, "Reader " + accountId, role),
        postId,
        FlagReason.valueOf(reason),
        note);
  }

  /** A new category of this audience, named in English and Spanish; returns its id. */
  public long category(String name, ForumAudience audience) {
    String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
    long id =
        jdbc.sql(
                "insert into forum_category (slug, position, audience, created_at, updated_at)"
                    + " values (:slug, 100, :audience, now(), now()) returning id")
            .param("slug", slug)
            .param("audience", audience.name())
            .query(Long.class)
            .single();
    for (String language : Set.of("en", "es")) {
      jdbc.sql(
              "insert into forum_category_text (category_id, language, name, description)"
                  + " values (:id, :language, :name, :description)")
          .param("id", id)
          .param("language", language)
          .param("name", name)
          .param("description", "About " + name)
          .update();
    }
    return id;
  }

  public String slugOf(long categoryId) {
    return jdbc.sql("select slug from forum_category where id = :id")
        .param("id", categoryId)
        .query(String.class)
        .single();
  }

  /** A topic's own address, {@code /forum/t/{id}/{slug}} (the bare id redirects to it). */
  public String pathOf(long topicId) {
    return "/forum/t/"
        + topicId
        + "/"
        + jdbc.sql("select slug from forum_topic where id = :id")
            .param("id", topicId)
            .query(String.class)
            .single();
  }

  /** The handle the forum gave this account (it has one once it has posted). */
  public String handleOf(long accountId) {
    return jdbc.sql("select handle from forum_member where account_id = :id")
        .param("id", accountId)
        .query(String.class)
        .single();
  }

  /** A topic started by this account (of this role); returns the topic's id. */
  public long topic(long categoryId, long accountId, PortalRole role, String title, String text) {
    return posting
        .startTopic(
            readers.of(accountId, "Author " + accountId, role), categoryId, title, text, "en")
        .topicId();
  }

  /** A reply by this account (of this role); returns the post's id. */
  public long reply(long topicId, long accountId, PortalRole role, String text) {
    return posting
        .reply(readers.of(accountId, "Author " + accountId, role), topicId, text, "en")
        .postId();
  }

  /** A file on a post, stored as the topic part stores uploads; returns the file's address. */
  public String attachment(long postId, long uploaderAccountId, String fileName, byte[] content) {
    long id =
        jdbc.sql(
                "insert into forum_attachment (post_id, file_name, media_type, size_bytes, sha256,"
                    + " image, content, uploader_account_id, created_at) values (:post, :name,"
                    + " 'application/pdf', :size, 'x', false, :content, :uploader, now())"
                    + " returning id")
            .param("post", postId)
            .param("name", fileName)
            .param("size", (long) content.length)
            .param("content", content)
            .param("uploader", uploaderAccountId)
            .query(Long.class)
            .single();
    return "/forum/attachments/" + id + "/" + fileName;
  }
}
