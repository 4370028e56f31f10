package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kept parts of the topic page and the forum's home ({@link ForumPageParts}) are made of what
 * each request read, so they never show one reader's page to another, never outlive a change (even
 * one written straight to the tables, which no event announces), and never carry a form.
 */
@PortalTest
class ForumPagePartsTests {

  @LocalServerPort int port;
  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ForumPageParts parts;

  record Person(long id, PortalClient client) {}

  Person person(PortalRole role) {
    String email = TestAccounts.freshEmail("parts-" + role.name().toLowerCase());
    long id = accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return new Person(id, client);
  }

  String path(long topic) {
    return forum.pathOf(topic);
  }

  Document page(Person who, String path) {
    PortalClient.Response answer = who.client().get(path);
    assertThat(answer.status()).as(path).isEqualTo(200);
    return Jsoup.parse(answer.body());
  }

  @Test
  void aReaderNeverGetsAnotherReadersPosts() {
    Person author = person(PortalRole.PFSO);
    Person reader = person(PortalRole.PFSO);
    Person moderator = person(PortalRole.EDITOR);
    long category = forum.category("Access control", ForumAudience.PFSO);
    long topic = forum.topic(category, author.id(), PortalRole.PFSO, "Gate passes", "Opening");
    forum.reply(topic, reader.id(), PortalRole.PFSO, "A reply of the reader's");
    long other = accounts.create(TestAccounts.freshEmail("parts-other"), PortalRole.PFSO);
    forum.reply(topic, other, PortalRole.PFSO, "Somebody else's reply");
    String path = path(topic);

    // A third reader's view is kept; the author and the reader each still see their own posts'
    // buttons, with their own token, and nobody else's.
    Person third = person(PortalRole.PFSO);
    for (int i = 0; i < 2; i++) {
      Document seen = page(third, path);
      assertThat(seen.select("form[action$=/delete]")).isEmpty();
      assertThat(seen.select("a[href$=/edit]")).isEmpty();
    }
    Document authors = page(author, path);
    assertThat(authors.select("#post-1 form[action$=/delete]")).hasSize(1);
    assertThat(authors.select("#post-1 form[action$=/delete] input[name=_csrf]").attr("value"))
        .isNotEmpty();
    assertThat(authors.select("#post-2 form[action$=/delete]")).isEmpty();
    Document readers = page(reader, path);
    assertThat(readers.select("#post-2 form[action$=/delete]")).hasSize(1);
    assertThat(readers.select("#post-1 form[action$=/delete]")).isEmpty();
    // A moderator's part is not a reader's: edits and earlier texts for every post.
    assertThat(page(moderator, path).select("a[href$=/edit]")).hasSize(3);
    assertThat(page(third, path).select("a[href$=/edit]")).isEmpty();
  }

  @Test
  void aChangeShowsAtOnceEvenWhenNothingAnnouncesIt() {
    Person author = person(PortalRole.PFSO);
    Person reader = person(PortalRole.PFSO);
    long category = forum.category("Drills", ForumAudience.PFSO);
    long topic = forum.topic(category, author.id(), PortalRole.PFSO, "Night drill", "First text");
    String path = path(topic);
    assertThat(page(reader, path).select("#post-1").text()).contains("First text");
    assertThat(page(reader, path).select("#post-1").text()).contains("First text");

    jdbc.sql("update forum_post set body_html = '<p>Second text</p>' where topic_id = :t")
        .param("t", topic)
        .update();
    assertThat(page(reader, path).select("#post-1").text())
        .contains("Second text")
        .doesNotContain("First text");
    jdbc.sql("update forum_post set state = 'HIDDEN', hidden_reason = 'spam' where topic_id = :t")
        .param("t", topic)
        .update();
    assertThat(page(reader, path).select("#post-1").text()).doesNotContain("Second text");
  }

  @Test
  void whatIsNewIsMarkedForEachReaderOnTheirOwn() {
    Person author = person(PortalRole.PFSO);
    Person early = person(PortalRole.PFSO);
    Person late = person(PortalRole.PFSO);
    long category = forum.category("Hurricanes", ForumAudience.PFSO);
    long topic = forum.topic(category, author.id(), PortalRole.PFSO, "Shutters", "Opening");
    forum.reply(topic, author.id(), PortalRole.PFSO, "Second");
    String path = path(topic);
    page(early, path);
    page(late, path);
    forum.reply(topic, author.id(), PortalRole.PFSO, "Third, after both read");

    Document earlys = page(early, path);
    assertThat(earlys.select(".forum-new-divider")).hasSize(1);
    assertThat(earlys.select("li:has(.forum-new-divider) #post-3")).hasSize(1);
    // The early reader has now read it all; the late one has not, whatever was kept for the first.
    assertThat(page(early, path).select(".forum-new-divider")).isEmpty();
    assertThat(page(late, path).select("li:has(.forum-new-divider) #post-3")).hasSize(1);
  }

  @Test
  void theForumsHomeIsKeptPerWhatEachReaderMayRead() {
    Person pfso = person(PortalRole.PFSO);
    Person user = person(PortalRole.USER);
    long category = forum.category("Restricted drills " + pfso.id(), ForumAudience.PFSO);
    forum.topic(category, pfso.id(), PortalRole.PFSO, "Only for PFSOs " + pfso.id(), "Text");

    for (int i = 0; i < 2; i++) {
      assertThat(pfso.client().get("/forum").body()).contains("Only for PFSOs " + pfso.id());
    }
    String users = user.client().get("/forum").body();
    assertThat(users)
        .doesNotContain("Only for PFSOs " + pfso.id())
        .doesNotContain("Restricted drills " + pfso.id());
    assertThat(new PortalClient(port).get("/forum").body())
        .doesNotContain("Only for PFSOs " + pfso.id());
    assertThat(parts.size()).isPositive();
  }
}
