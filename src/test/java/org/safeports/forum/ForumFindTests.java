package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.voices.PortVoicesDirectory;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@PortalTest
class ForumFindTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestForum forum;
  @Autowired TestPieces pieces;
  @Autowired ForumPosting posting;
  @Autowired ForumReaders readers;
  @Autowired ForumSearch search;
  @Autowired ForumPieceTopics pieceTopics;
  @Autowired PortVoicesDirectory voices;
  @Autowired DemoForum demo;
  @Autowired JdbcClient jdbc;

  /** A word no other test or demo post holds, so hits and counts are this test's own. */
  private static String token() {
    return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private long topic(
      long category, long author, PortalRole role, String title, String text, String language) {
    return posting
        .startTopic(readers.of(author, "Writer " + author, role), category, title, text, language)
        .topicId();
  }

  private PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void eachPostIsFoundInItsOwnLanguageAccentsAndInflectionsIncluded() {
    String word = token();
    long category = forum.category("Search", ForumAudience.PUBLIC);
    long user = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    topic(
        category,
        user,
        PortalRole.USER,
        "Temporada " + word,
        "Los huracanes obligan a revisar la protección del muelle " + word,
        "es");
    topic(
        category,
        user,
        PortalRole.USER,
        "Sûreté " + word,
        "Les exercices de sûreté ont lieu chaque trimestre " + word,
        "fr");
    topic(
        category,
        user,
        PortalRole.USER,
        "Proteção " + word,
        "As inspeções da cerca acontecem depois das tempestades " + word,
        "pt");
    ForumReader visitor = ForumReader.ANONYMOUS;

    assertThat(titles(search.search(visitor, "huracán " + word, null, 0)))
        .containsExactly("Temporada " + word);
    assertThat(titles(search.search(visitor, "protección " + word, null, 0)))
        .containsExactly("Temporada " + word);
    assertThat(titles(search.search(visitor, "sûreté exercice " + word, null, 0)))
        .containsExactly("Sûreté " + word);
    assertThat(titles(search.search(visitor, "inspeções cerca " + word, null, 0)))
        .containsExactly("Proteção " + word);
    ForumSearch.Results all = search.search(visitor, word, null, 0);
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).contains("<mark>"));
    assertThat(all.hits())
        .extracting(ForumSearch.Hit::language)
        .containsExactlyInAnyOrder("es", "fr", "pt");
  }

  @Test
  void aReaderBelowTheAudienceGetsNoHitCountOrSnippetFromIt() {
    String word = token();
    long pfsoCategory = forum.category("Hurricane drills", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    topic(
        pfsoCategory,
        pfso,
        PortalRole.PFSO,
        "Secret gate " + word,
        "The north gate camera " + word,
        "en");

    Response asUser = signedIn(PortalRole.USER).get("/forum/search?q=" + word);
    assertThat(asUser.status()).isEqualTo(200);
    assertThat(asUser.body())
        .doesNotContain("Secret gate")
        .doesNotContain("north gate camera")
        .doesNotContain("Hurricane drills")
        .contains("No post found");
    Response asVisitor = new PortalClient(port).language("en").get("/forum/search?q=" + word);
    assertThat(asVisitor.body()).doesNotContain("Secret gate").contains("No post found");
    // A category the reader may not read, asked for by its slug, is ignored, not explained.
    Response guessed =
        signedIn(PortalRole.USER)
            .get("/forum/search?q=" + word + "&category=" + forum.slugOf(pfsoCategory));
    assertThat(guessed.body()).doesNotContain("Secret gate").doesNotContain("Hurricane drills");

    Response asPfso = signedIn(PortalRole.PFSO).get("/forum/search?q=" + word);
    assertThat(asPfso.body())
        .contains("Secret gate " + word)
        .contains("1 post found")
        .contains("<mark>" + word + "</mark>");
  }

  @Test
  void snippetsAndTheQueryCarryNoMarkup() {
    String word = token();
    long category = forum.category("Markup", ForumAudience.PUBLIC);
    long user = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    topic(
        category,
        user,
        PortalRole.USER,
        "Angle <b>brackets</b> " + word,
        "`<img src=x onerror=alert(1)>` and <script>alert(2)</script> " + word,
        "en");
    assertThat(search.search(ForumReader.ANONYMOUS, word, null, 0).hits())
        .singleElement()
        .satisfies(
            hit ->
                assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", ""))
                    .doesNotContain("<")
                    .doesNotContain(">"));

    String typed = "<img src=x onerror=alert(3)> " + word;
    Response page =
        new PortalClient(port)
            .get("/forum/search?q=" + java.net.URLEncoder.encode(typed, StandardCharsets.UTF_8));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain("<img src=x")
        .doesNotContain("<b>brackets")
        .doesNotContain("<script>alert")
        .contains("&lt;img src=x onerror=alert(3)&gt;");
  }

  @Test
  void emptyOrTooLongWordsAreRefusedNextToTheFieldAndKept() {
    PortalClient visitor = new PortalClient(port).language("en");
    Response empty = visitor.get("/forum/search?q=+++");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("Enter the words to find.").contains("aria-invalid=\"true\"");
    String tooLong = "harbour".repeat(40);
    Response longOne = visitor.get("/forum/search?q=" + tooLong);
    assertThat(longOne.body()).contains("Use at most 200 characters.").contains(tooLong);
    Response spanish = new PortalClient(port).language("es").get("/forum/search?q=");
    assertThat(spanish.body()).contains("Escriba las palabras que desea buscar.");
    assertThat(visitor.get("/forum/search").body()).doesNotContain("field-error\"");
  }

  @Test
  void restrictedFeedsAreNotFoundBelowTheAudienceAndNeverKept() {
    long pfsoCategory = forum.category("Access control", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long topic = forum.topic(pfsoCategory, pfso, PortalRole.PFSO, "Badge audit", "Badges");
    String slug = forum.slugOf(pfsoCategory);
    for (PortalClient outsider :
        List.of(
            new PortalClient(port), signedIn(PortalRole.USER), signedIn(PortalRole.ASSOCIATE))) {
      assertThat(outsider.get("/forum/c/" + slug + "/feed.atom").status()).isEqualTo(404);
      assertThat(outsider.get("/forum/t/" + topic + "/feed.atom").status()).isEqualTo(404);
    }
    PortalClient reader = signedIn(PortalRole.PFSO);
    PortalClient.Download feed = reader.download("/forum/t/" + topic + "/feed.atom");
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(new String(feed.body(), StandardCharsets.UTF_8)).contains("Badge audit");
    assertThat(reader.get("/forum/c/" + slug + "/feed.atom").body()).contains("Badge audit");
    assertThat(new PortalClient(port).get("/forum/t/999999999/feed.atom").status()).isEqualTo(404);
  }

  @Test
  void thePublicFeedIsValidAtomWithPublicPostsOnly() throws Exception {
    String word = token();
    long open = forum.category("Open", ForumAudience.PUBLIC);
    long closed = forum.category("Members", ForumAudience.MEMBERS);
    long user = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    long associate = accounts.create(TestAccounts.freshEmail("assoc"), PortalRole.ASSOCIATE);
    long topic = forum.topic(open, user, PortalRole.USER, "Open <" + word + ">", "Hello & bye");
    forum.topic(closed, associate, PortalRole.ASSOCIATE, "Closed " + word, "Members only");

    PortalClient.Download feed = new PortalClient(port).download("/feeds/forum.atom");
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    Document atom = xml(feed.body());
    assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(atom.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    String text = atom.getDocumentElement().getTextContent();
    assertThat(text).contains("Open <" + word + ">").doesNotContain("Closed " + word);
    Element entry = (Element) atom.getElementsByTagNameNS("*", "entry").item(0);
    assertThat(entry.getElementsByTagNameNS("*", "id").item(0).getTextContent())
        .startsWith("tag:safeports.org");
    // Everyone's public feeds: the category's and the topic's, signed out.
    assertThat(new PortalClient(port).get("/forum/c/" + forum.slugOf(open) + "/feed.atom").body())
        .contains(word);
    PortalClient.Download topicFeed =
        new PortalClient(port).download("/forum/t/" + topic + "/feed.atom");
    assertThat(topicFeed.headers().firstValue("Cache-Control").orElse("")).contains("public");
    assertThat(xml(topicFeed.body()).getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(1);
  }

  @Test
  void aPublishedPieceGetsOneTopicHoweverOftenItIsAnnounced() throws Exception {
    String title = "Discussed piece " + token();
    String slug = pieces.published(title, "What the piece says.", "es");
    long pieceId = voices.publishedId(slug).orElseThrow();
    await().atMost(Duration.ofSeconds(20)).until(() -> topicsOf(pieceId) == 1);

    // The event delivered again, twice at once, and the sweep: still one topic.
    CompletableFuture<Optional<Long>> one =
        CompletableFuture.supplyAsync(() -> pieceTopics.open(pieceId));
    CompletableFuture<Optional<Long>> two =
        CompletableFuture.supplyAsync(() -> pieceTopics.open(pieceId));
    assertThat(one.get()).isEqualTo(two.get());
    pieceTopics.openMissing();
    assertThat(topicsOf(pieceId)).isEqualTo(1);

    long topicId = one.get().orElseThrow();
    assertThat(
            jdbc.sql(
                    "select t.title || '|' || t.language || '|' || c.slug || '|' || p.body_markdown"
                        + " from forum_topic t join forum_category c on c.id = t.category_id"
                        + " join forum_post p on p.topic_id = t.id and p.number = 1 where t.id = :id")
                .param("id", topicId)
                .query(String.class)
                .single())
        .startsWith(title + "|es|port-voices|What the piece says.")
        .contains("(/voices/" + slug + ")");
    Response redirect = new PortalClient(port).get("/forum/voices/" + slug);
    assertThat(redirect.redirectPath()).startsWith("/forum/t/" + topicId + "/");
    assertThat(new PortalClient(port).get("/voices/" + slug).body())
        .contains("href=\"/forum/voices/" + slug + "\"");
    assertThat(new PortalClient(port).get("/forum/voices/no-such-piece").status()).isEqualTo(404);
  }

  @Test
  void aPieceNotYetPublishedHasNoTopicAndNoLink() {
    long draft = pieces.draftBySomeoneElse();
    assertThat(pieceTopics.open(draft)).isEmpty();
    assertThat(topicsOf(draft)).isZero();
  }

  @Test
  void theSitemapListsPublicTopicsOnly() {
    String word = token();
    long open = forum.category("Open map", ForumAudience.PUBLIC);
    long closed = forum.category("Closed map", ForumAudience.PFSO);
    long user = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long shown = forum.topic(open, user, PortalRole.USER, "Map " + word, "Text");
    long hidden = forum.topic(closed, pfso, PortalRole.PFSO, "Hidden " + word, "Text");
    String sitemap = org.safeports.support.Sitemaps.merged(new PortalClient(port));
    assertThat(sitemap)
        .contains("/forum/t/" + shown + "/")
        .contains("/forum/c/" + forum.slugOf(open) + "?lang=es")
        .doesNotContain("/forum/t/" + hidden + "/")
        .doesNotContain("/forum/c/" + forum.slugOf(closed))
        .doesNotContain("/forum/c/pfso?")
        .doesNotContain("/forum/c/secretariat?");
  }

  @Test
  void theDemoForumIsThereOnceWithItsQueueAndSubscriptions() {
    String counts =
        "select (select count(*) from forum_category) || '/'"
            + " || (select count(*) from forum_topic) || '/' || (select count(*) from forum_post)"
            + " || '/' || (select count(*) from forum_flag) || '/' || (select count(*) from forum_subscription)";
    String before = jdbc.sql(counts).query(String.class).single();
    demo.load();
    assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);

    assertThat(
            jdbc.sql(
                    "select t.post_count from forum_topic t join forum_category c"
                        + " on c.id = t.category_id where c.slug = 'pfso-hurricanes'")
                .query(Integer.class)
                .list())
        .singleElement()
        .satisfies(n -> assertThat(n).isGreaterThan(12));
    assertThat(
            jdbc.sql(
                    "select count(distinct p.language) from forum_post p join forum_topic t"
                        + " on t.id = p.topic_id join forum_category c on c.id = t.category_id where c.slug = 'standards'")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
    assertThat(
            jdbc.sql(
                    "select count(*) from forum_flag f where f.resolved_at is null"
                        + " group by f.post_id order by 1 desc limit 1")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from forum_subscription s join account a on a.id = s.account_id"
                        + " where a.email = 'user@demo.safeports.org' and s.delivery = 'DAILY'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from forum_category_text t join forum_category c"
                        + " on c.id = t.category_id where c.slug in ('general', 'pfso-hurricanes', 'secretariat')")
                .query(Integer.class)
                .single())
        .isEqualTo(12);
  }

  @Test
  void searchAndFeedsCostTheSameStatementsWithMoreTopicsAndPosts() {
    String word = token();
    long category = forum.category("Counted", ForumAudience.PUBLIC);
    long user = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    long first = forum.topic(category, user, PortalRole.USER, "Counted " + word, "Text " + word);
    forum.reply(first, user, PortalRole.USER, "Reply " + word);
    List<String> pages =
        List.of(
            "/forum/search?q=" + word,
            "/forum/c/" + forum.slugOf(category) + "/feed.atom",
            "/forum/t/" + first + "/feed.atom",
            "/feeds/forum.atom");
    java.util.Map<String, Integer> before = statements(pages);
    for (int i = 0; i < 25; i++) {
      long more = forum.topic(category, user, PortalRole.USER, "More " + i + " " + word, word);
      forum.reply(more, user, PortalRole.USER, "More reply " + word);
      forum.reply(first, user, PortalRole.USER, "Again " + i + " " + word);
    }
    assertThat(statements(pages)).isEqualTo(before);
    before.forEach((page, n) -> assertThat(n).as(page).isLessThanOrEqualTo(8));
  }

  private java.util.Map<String, Integer> statements(List<String> pages) {
    PortalClient visitor = new PortalClient(port);
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (String page : pages) {
      visitor.get(page);
      counts.put(
          page, org.safeports.support.QueryCounter.statementsOf(() -> visitor.get(page)).size());
    }
    return counts;
  }

  private int topicsOf(long pieceId) {
    return jdbc.sql("select count(*) from forum_topic where piece_id = :id")
        .param("id", pieceId)
        .query(Integer.class)
        .single();
  }

  private static List<String> titles(ForumSearch.Results results) {
    return results.hits().stream().map(ForumSearch.Hit::title).toList();
  }

  private static Document xml(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
  }
}
