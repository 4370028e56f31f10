package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.forum.ForumAudience;
import org.safeports.forum.TestForum;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forum's reading pages kept per person: a page is kept only once reading it records nothing
 * new (so the unread marks on a kept page are the reader's as they stand), a read that records
 * something empties the store as a write does, a reply shows on the next page of every reader, and
 * the routes under a topic that are not its pages (the reply form with its quote) are never kept.
 */
@PortalTest
class SignedInForumPagesTests {

  @LocalServerPort int port;
  @Autowired SignedInPageCache cache;
  @Autowired AnonymousPageCache anonymous;
  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  record Person(long id, PortalClient client) {}

  @BeforeEach
  void turnOn() {
    anonymous.enable(true);
    cache.enable(true);
  }

  @AfterEach
  void turnOff() {
    cache.enable(false);
    anonymous.enable(false);
  }

  Person person(PortalRole role) {
    String email = TestAccounts.freshEmail("kept-forum");
    long id = accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return new Person(id, client);
  }

  String path(long topic) {
    return forum.pathOf(topic);
  }

  static Document page(Person who, String path) {
    PortalClient.Response answer = who.client().get(path);
    assertThat(answer.status()).as(path).isEqualTo(200);
    return Jsoup.parse(answer.body());
  }

  /** The page without its form tokens (masked anew for every answer). */
  static String withoutTokens(String page) {
    return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
  }

  /** A topic written long enough ago that nobody may still edit its posts. */
  long oldTopic(long category, long author, String title) {
    long topic = forum.topic(category, author, PortalRole.PFSO, title, "Opening of " + title);
    forum.reply(topic, author, PortalRole.PFSO, "A second post");
    jdbc.sql("update forum_post set created_at = now() - interval '2 days' where topic_id = :t")
        .param("t", topic)
        .update();
    return topic;
  }

  @Test
  void aTopicIsKeptForEachReaderOnceReadingItRecordsNothingNew() {
    Person author = person(PortalRole.PFSO);
    Person reader = person(PortalRole.PFSO);
    Person other = person(PortalRole.PFSO);
    long category = forum.category("Kept drills", ForumAudience.PFSO);
    long topic = oldTopic(category, author.id(), "Kept night drill");
    String path = path(topic);
    cache.invalidateAll();

    // The first reading records how far the reader got: not kept, and the store emptied.
    page(reader, "/forum");
    assertThat(cache.size()).isEqualTo(1);
    page(reader, path);
    assertThat(cache.size()).isZero();
    // Read again, nothing new: kept, for this reader only.
    String first = withoutTokens(reader.client().get(path).body());
    assertThat(cache.size()).isEqualTo(1);
    assertThat(withoutTokens(reader.client().get(path).body())).isEqualTo(first);
    // The other reader's first reading empties the store too; then each has a copy of their own.
    page(other, path);
    page(other, path);
    page(reader, path);
    assertThat(cache.size()).isEqualTo(2);

    // A reply, sent as a form: every reader's next page has it, marked as new to them.
    author
        .client()
        .post(
            "/forum/t/" + topic + "/reply",
            "body",
            "A third post, after both read",
            "intent",
            "post");
    assertThat(page(reader, "/forum/unread").select("a[href^=/forum/t/" + topic + "/]"))
        .isNotEmpty();
    Document readers = page(reader, path);
    assertThat(readers.select("li:has(.forum-new-divider) #post-3")).hasSize(1);
    // That reading moved the reader's unread marks: their kept list shows it at once.
    assertThat(page(reader, "/forum/unread").select("a[href^=/forum/t/" + topic + "/]")).isEmpty();
    assertThat(page(reader, path).select(".forum-new-divider")).isEmpty();
    // The other reader's page was never theirs.
    assertThat(page(other, path).select("li:has(.forum-new-divider) #post-3")).hasSize(1);
  }

  @Test
  void aPageWithAnEditLinkThatLapsesAndTheReplyFormAreNotKept() {
    Person author = person(PortalRole.PFSO);
    long category = forum.category("Kept access", ForumAudience.PFSO);
    long topic = forum.topic(category, author.id(), PortalRole.PFSO, "Fresh gate", "Just written");
    String path = path(topic);
    page(author, path);
    cache.invalidateAll();
    assertThat(page(author, path).select("a[href$=/edit]")).isNotEmpty();
    assertThat(cache.size()).isZero();

    Person reader = person(PortalRole.PFSO);
    long old = oldTopic(category, author.id(), "Old gate");
    long[] posts =
        jdbc
            .sql("select id from forum_post where topic_id = :t order by number")
            .param("t", old)
            .query(Long.class)
            .list()
            .stream()
            .mapToLong(Long::longValue)
            .toArray();
    String reply = "/forum/t/" + old + "/reply";
    assertThat(page(reader, reply + "?quote=" + posts[0]).select("textarea").text())
        .contains("Opening of Old gate");
    assertThat(page(reader, reply + "?quote=" + posts[1]).select("textarea").text())
        .contains("A second post")
        .doesNotContain("Opening of Old gate");
    assertThat(cache.size()).isZero();
  }
}
