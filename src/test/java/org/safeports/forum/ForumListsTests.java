package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeports.forum.ForumListRows.CategoryCard;
import org.safeports.forum.ForumListRows.Slice;
import org.safeports.forum.ForumListRows.TopicRow;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class ForumListsTests {

  @LocalServerPort int port;
  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired ForumReaders readers;
  @Autowired ForumCategoryLists categoryLists;
  @Autowired ForumTopicLists topicLists;
  @Autowired JdbcClient jdbc;

  /** A public parent with a PFSO sub-category, a topic in each, and a PFSO who wrote both. */
  record Harbour(
      long parent,
      long pfsoChild,
      long pfso,
      String pfsoEmail,
      String handle,
      long publicTopic,
      long pfsoTopic,
      String secret) {}

  Harbour harbour() {
    String secret = "Gate drill " + java.util.UUID.randomUUID().toString().substring(0, 8);
    long parent = forum.category("Harbour talk", ForumAudience.PUBLIC);
    long child = forum.category("Drills " + secret, ForumAudience.PFSO);
    jdbc.sql("update forum_category set parent_id = :p where id = :c")
        .param("p", parent)
        .param("c", child)
        .update();
    String email = TestAccounts.freshEmail("pfso");
    long pfso = accounts.create(email, PortalRole.PFSO);
    long publicTopic =
        forum.topic(parent, pfso, PortalRole.PFSO, "Open question on berths", "Open text");
    long pfsoTopic = forum.topic(child, pfso, PortalRole.PFSO, secret, "Restricted words");
    forum.reply(pfsoTopic, pfso, PortalRole.PFSO, "More restricted words");
    forum.reply(pfsoTopic, pfso, PortalRole.PFSO, "Even more");
    String handle =
        jdbc.sql("select handle from forum_member where account_id = :a")
            .param("a", pfso)
            .query(String.class)
            .single();
    return new Harbour(parent, child, pfso, email, handle, publicTopic, pfsoTopic, secret);
  }

  @Test
  void aRegisteredUserNeverMeetsThePfsoCategoryItsCountsOrItsTopics() {
    Harbour h = harbour();
    PortalClient user = signedIn(PortalRole.USER);
    String childSlug = forum.slugOf(h.pfsoChild());

    for (String path :
        List.of(
            "/forum",
            "/forum/latest",
            "/forum/unread",
            "/forum/c/" + forum.slugOf(h.parent()),
            "/forum/u/" + h.handle())) {
      Response page = user.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).doesNotContain(h.secret()).doesNotContain(childSlug);
    }
    assertThat(user.get("/forum/c/" + childSlug).status()).isEqualTo(404);
    assertThat(user.get("/forum/c/" + childSlug + "/new").status()).isEqualTo(404);
    assertThat(new PortalClient(port).get("/forum/c/" + childSlug).status()).isEqualTo(404);
    assertThat(new PortalClient(port).get("/forum").body()).doesNotContain(h.secret());

    // The parent's counts and latest line are over the public topic alone for the user.
    CategoryCard forUser = card(readers.of(1L, "u", PortalRole.USER), h.parent());
    assertThat(forUser.children()).isEmpty();
    assertThat(forUser.topicCount()).isEqualTo(1);
    assertThat(forUser.postCount()).isEqualTo(1);
    assertThat(forUser.latest().topicId()).isEqualTo(h.publicTopic());

    CategoryCard forPfso = card(readers.of(h.pfso(), "p", PortalRole.PFSO), h.parent());
    assertThat(forPfso.children()).hasSize(1);
    assertThat(forPfso.topicCount()).isEqualTo(2);
    assertThat(forPfso.postCount()).isEqualTo(4);
    assertThat(forPfso.latest().topicId()).isEqualTo(h.pfsoTopic());

    PortalClient pfso = new PortalClient(port);
    pfso.signIn(h.pfsoEmail(), TestAccounts.PASSWORD);
    assertThat(pfso.get("/forum").body()).contains(h.secret());
    assertThat(pfso.get("/forum/latest").body()).contains(h.secret());
    assertThat(pfso.get("/forum/u/" + h.handle()).body())
        .contains(h.secret())
        .contains("More restricted words");
    assertThat(pfso.get("/forum/c/" + childSlug).body()).contains(h.secret());
  }

  @Test
  void aCategoryPagesItsTopicsByKeysetWithoutLosingOrRepeatingOne() {
    long category = forum.category("Busy", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("busy"), PortalRole.USER);
    Set<Long> made = new HashSet<>();
    for (int i = 0; i < 65; i++) {
      made.add(forum.topic(category, author, PortalRole.USER, "Busy topic " + i, "Text " + i));
    }
    ForumReader reader = ForumReader.ANONYMOUS;
    List<Long> seen = new ArrayList<>();
    String before = null;
    List<Integer> sizes = new ArrayList<>();
    do {
      Slice<TopicRow> slice = topicLists.topics(reader, category, before, "en");
      sizes.add(slice.rows().size());
      slice.rows().forEach(t -> seen.add(t.id()));
      before = slice.next();
    } while (before != null);
    assertThat(sizes).containsExactly(30, 30, 5);
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(made);

    PortalClient visitor = new PortalClient(port);
    String first = visitor.get("/forum/c/" + forum.slugOf(category)).body();
    Matcher next = Pattern.compile("href=\"(/forum/c/[^\"]+\\?before=[0-9-]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    String second = visitor.get(next.group(1).replace("&amp;", "&")).body();
    assertThat(second).contains("Busy topic 34").doesNotContain("Busy topic 35<");
  }

  @Test
  void unreadListsTopicsWithPostsTheReaderHasNotReadUntilMarkedRead() {
    long category = forum.category("Unread", ForumAudience.PUBLIC);
    String email = TestAccounts.freshEmail("reader");
    long reader = accounts.create(email, PortalRole.USER);
    long other = accounts.create(TestAccounts.freshEmail("other"), PortalRole.USER);
    // The reader joins the forum by posting, then reads one topic halfway.
    long own = forum.topic(category, reader, PortalRole.USER, "My own question", "Hello");
    long opened = forum.topic(category, other, PortalRole.USER, "Opened halfway", "One");
    forum.reply(opened, other, PortalRole.USER, "Two");
    long finished = forum.topic(category, other, PortalRole.USER, "Read to the end", "One");
    read(reader, own, 1);
    read(reader, opened, 1);
    read(reader, finished, 1);
    long fresh = forum.topic(category, other, PortalRole.USER, "Never opened", "New");

    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    String page = client.get("/forum/unread").body();
    assertThat(page)
        .contains("Opened halfway")
        .contains("Never opened")
        .contains("/forum/t/" + opened + "/unread")
        .contains("/forum/t/" + fresh + "/unread")
        .doesNotContain("Read to the end")
        .doesNotContain("My own question");
    assertThat(client.get("/forum/c/" + forum.slugOf(category)).body())
        .contains("/forum/t/" + opened + "/unread")
        .doesNotContain("/forum/t/" + finished + "/unread");

    assertThat(client.post("/forum/unread/read").isRedirectTo("/forum/unread")).isTrue();
    assertThat(client.get("/forum/unread").body())
        .doesNotContain("Opened halfway")
        .doesNotContain("Never opened");
    // Marking twice changes nothing.
    assertThat(topicLists.markAllRead(readers.of(reader, "r", PortalRole.USER))).isZero();
  }

  @Test
  void aPersonsActivityShowsOnlyWhatTheReaderMayReadAndAnUnknownHandleIsNotFound() {
    Harbour h = harbour();
    PortalClient visitor = new PortalClient(port);
    String page = visitor.get("/forum/u/" + h.handle()).body();
    assertThat(page).contains("Open question on berths").doesNotContain(h.secret());
    assertThat(page).doesNotContain("restricted words");
    assertThat(visitor.get("/forum/u/nobody-has-this-handle").status()).isEqualTo(404);
  }

  @Test
  void startingATopicKeepsWhatWasTypedOnErrorsPreviewsWithoutSavingAndOpensTheTopic() {
    long category = forum.category("Starting", ForumAudience.PUBLIC);
    String slug = forum.slugOf(category);
    PortalClient user = signedIn(PortalRole.USER);
    assertThat(user.get("/forum/c/" + slug).body()).contains("/forum/c/" + slug + "/new");

    Response tooShort =
        user.post(
            "/forum/c/" + slug + "/new",
            "title",
            "Hey",
            "body",
            "Body kept as typed",
            "language",
            "en");
    assertThat(tooShort.status()).isEqualTo(200);
    assertThat(tooShort.body())
        .contains("The title must have between 5 and 200 characters.")
        .contains("Body kept as typed")
        .contains("id=\"title-error\"");

    Response empty =
        user.post(
            "/forum/c/" + slug + "/new", "title", "A fine title", "body", "", "language", "en");
    assertThat(empty.body()).contains("Write the opening post.").contains("value=\"A fine title\"");

    Response preview =
        user.post(
            "/forum/c/" + slug + "/new",
            "title",
            "Preview only",
            "body",
            "Some **bold** <script>alert(1)</script>",
            "language",
            "en",
            "intent",
            "preview");
    assertThat(preview.body()).contains("<strong>bold</strong>").doesNotContain("<script>alert");
    assertThat(count(category)).isZero();

    Response started =
        user.post(
            "/forum/c/" + slug + "/new",
            "title",
            "Mooring lines in heavy weather",
            "body",
            "What do you use?",
            "language",
            "es");
    assertThat(started.status()).isEqualTo(302);
    assertThat(started.redirectPath()).matches("/forum/t/\\d+/mooring-lines-in-heavy-weather");
    assertThat(count(category)).isEqualTo(1);
    assertThat(
            jdbc.sql("select language from forum_topic where category_id = :c")
                .param("c", category)
                .query(String.class)
                .single())
        .isEqualTo("es");

    assertThat(new PortalClient(port).get("/forum/c/" + slug + "/new").isRedirectTo("/sign-in"))
        .isTrue();
  }

  @Test
  void aTopicStartsWithTheFilesOfItsOpeningPostAndARefusedFileKeepsWhatWasTyped() {
    long category = forum.category("Starting with files", ForumAudience.PUBLIC);
    String slug = forum.slugOf(category);
    PortalClient user = signedIn(PortalRole.USER);
    java.util.Map<String, String> fields =
        java.util.Map.of(
            "title", "Evacuation plan template", "body", "Kept opening words", "language", "en");

    Response refused =
        user.uploadFiles(
            "/forum/c/" + slug + "/new",
            fields,
            "files",
            List.of(
                new PortalClient.Part(
                    "page.pdf", "application/pdf", "<html><script>x</script></html>".getBytes())));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("page.pdf was not accepted", "Kept opening words", "Evacuation plan template");
    assertThat(count(category)).isZero();

    Response started =
        user.uploadFiles(
            "/forum/c/" + slug + "/new",
            fields,
            "files",
            List.of(
                new PortalClient.Part(
                    "plan.pdf",
                    "application/pdf",
                    org.safeports.library.LibraryTestFiles.pdf("Plan", List.of("Muster.")))));
    assertThat(started.status()).as(started.body()).isEqualTo(302);
    String topicPage = user.get(started.redirectPath()).body();
    assertThat(topicPage).containsPattern("/forum/attachments/\\d+/plan\\.pdf");
  }

  @Test
  void aHeldFirstTopicWaitsAndShowsOnlyToItsAuthorAndModerators() {
    long category = forum.category("Held", ForumAudience.PUBLIC);
    String slug = forum.slugOf(category);
    PortalClient newcomer = signedIn(PortalRole.USER);
    jdbc.sql("update forum_settings set held_first_posts = 1 where id = 1").update();
    Response started;
    try {
      started =
          newcomer.post(
              "/forum/c/" + slug + "/new",
              "title",
              "My first question here",
              "body",
              "Hello",
              "language",
              "en");
    } finally {
      jdbc.sql("update forum_settings set held_first_posts = 0 where id = 1").update();
    }
    assertThat(started.isRedirectTo("/forum/c/" + slug)).isTrue();
    assertThat(newcomer.get("/forum/c/" + slug).body())
        .contains("My first question here")
        .contains("Your topic waits for a moderator")
        .contains("Waiting for a moderator");
    assertThat(signedIn(PortalRole.USER).get("/forum/c/" + slug).body())
        .doesNotContain("My first question here");
    assertThat(signedIn(PortalRole.EDITOR).get("/forum/c/" + slug).body())
        .contains("My first question here");
    assertThat(new PortalClient(port).get("/forum/latest").body())
        .doesNotContain("My first question here");
  }

  @Test
  void markupInTitlesAndPostsIsShownAsTextOnEveryList() {
    long category = forum.category("Markup", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("xss"), PortalRole.USER);
    String title = "<img src=x onerror=alert(1)> \"quoted\" <script>alert(2)</script>";
    forum.topic(category, author, PortalRole.USER, title, "<script>alert(3)</script> body");
    String handle =
        jdbc.sql("select handle from forum_member where account_id = :a")
            .param("a", author)
            .query(String.class)
            .single();
    PortalClient visitor = new PortalClient(port);
    for (String path :
        List.of(
            "/forum",
            "/forum/latest",
            "/forum/c/" + forum.slugOf(category),
            "/forum/u/" + handle)) {
      String body = visitor.get(path).body();
      assertThat(body).as(path).doesNotContain("<img src=x").doesNotContain("<script>alert");
      assertThat(body).as(path).contains("&lt;img src=x onerror=alert(1)&gt;");
    }
  }

  private CategoryCard card(ForumReader reader, long categoryId) {
    return categoryLists.home(reader, "en").stream()
        .filter(c -> c.category().id() == categoryId)
        .findFirst()
        .orElseThrow();
  }

  private void read(long account, long topic, int number) {
    jdbc.sql(
            "insert into forum_read (account_id, topic_id, last_read_number, read_at)"
                + " values (:a, :t, :n, now())")
        .param("a", account)
        .param("t", topic)
        .param("n", number)
        .update();
  }

  private long count(long category) {
    return jdbc.sql("select count(*) from forum_topic where category_id = :c")
        .param("c", category)
        .query(Long.class)
        .single();
  }

  private PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    return client;
  }
}
