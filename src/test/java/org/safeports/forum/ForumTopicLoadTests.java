package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The topic page under load and under attack: replies sent at the same moment all land in order
 * with the counters right; a page costs the same statements for 5 posts as for 60; and no XSS
 * payload typed into a reply comes out able to run, on the page, in the preview or in a quote.
 */
@PortalTest
class ForumTopicLoadTests {

  @LocalServerPort int port;
  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail(role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void repliesSentAtTheSameMomentAllLandInOrderWithTheCountersRight() throws Exception {
    long category = forum.category("Hurricane season", ForumAudience.PFSO);
    long opener = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long topic = forum.topic(category, opener, PortalRole.PFSO, "Storm shutters", "Ready?");
    int writers = 6;
    List<PortalClient> clients = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      PortalClient client = signedIn(PortalRole.PFSO);
      clients.add(client);
      tokens.add(client.csrfToken());
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Response>> answers = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      PortalClient client = clients.get(i);
      String token = tokens.get(i);
      String body = "Parallel reply " + i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return client.postRaw(
                    "/forum/t/" + topic + "/reply",
                    PortalClient.pairs("_csrf", token, "body", body, "intent", "post"));
              }));
    }
    start.countDown();
    for (Future<Response> answer : answers) {
      assertThat(answer.get().status()).isEqualTo(302);
    }
    pool.shutdown();

    assertThat(
            jdbc.sql("select number from forum_post where topic_id = :t order by number")
                .param("t", topic)
                .query(Integer.class)
                .list())
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(
            jdbc.sql(
                    "select t.post_count || '/' || t.last_number || '/' || t.last_post_number"
                        + " || '/' || (t.last_post_author_name = p.author_name)"
                        + " || '/' || (t.last_post_at is not null)"
                        + " from forum_topic t join forum_post p on p.topic_id = t.id"
                        + " and p.number = 7 where t.id = :t")
                .param("t", topic)
                .query(String.class)
                .single())
        .isEqualTo("7/7/7/true/true");
    assertThat(
            jdbc.sql("select topic_count || '/' || post_count from forum_category where id = :c")
                .param("c", category)
                .query(String.class)
                .single())
        .isEqualTo("1/7");
  }

  @Test
  void aTopicPageCostsTheSameStatementsForFiveAndForSixtyPosts() {
    long category = forum.category("Counted", ForumAudience.PFSO);
    long author = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long small = topic(category, author, 5);
    long large = topic(category, author, 60);
    long warmUp = topic(category, author, 1);
    PortalClient reader = signedIn(PortalRole.PFSO);
    statementsFor(reader, "/forum/t/" + warmUp + "/hurricane-drills");

    long firstSmall = statementsFor(reader, "/forum/t/" + small + "/hurricane-drills");
    long firstLarge = statementsFor(reader, "/forum/t/" + large + "/hurricane-drills");
    long againSmall = statementsFor(reader, "/forum/t/" + small + "/hurricane-drills");
    long againLarge = statementsFor(reader, "/forum/t/" + large + "/hurricane-drills");
    assertThat(firstLarge).isEqualTo(firstSmall);
    // A page shown again writes nothing, so it costs one statement less (the reading).
    assertThat(againLarge).isEqualTo(againSmall).isEqualTo(firstSmall - 1);
    assertThat(firstSmall).isLessThanOrEqualTo(12);

    PortalClient editor = signedIn(PortalRole.EDITOR);
    statementsFor(editor, "/forum/t/" + warmUp + "/hurricane-drills");
    assertThat(statementsFor(editor, "/forum/t/" + large + "/hurricane-drills"))
        .isEqualTo(statementsFor(editor, "/forum/t/" + small + "/hurricane-drills"));
  }

  @Test
  void noPayloadTypedIntoAReplyComesOutAbleToRun() throws IOException {
    List<String> payloads =
        new ClassPathResource("xss/payloads.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
    long category = forum.category("Open talk", ForumAudience.PUBLIC);
    long opener = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    long topic = forum.topic(category, opener, PortalRole.USER, "Payloads", "Start");
    PortalClient writer = signedIn(PortalRole.USER);
    List<String> failures = new ArrayList<>();
    for (String payload : payloads) {
      Response preview =
          writer.post("/forum/t/" + topic + "/reply", "body", "P " + payload, "intent", "preview");
      check(payload, "preview", preview.body(), failures);
      Response posted =
          writer.post("/forum/t/" + topic + "/reply", "body", "P " + payload, "intent", "post");
      assertThat(posted.status()).as(payload).isEqualTo(302);
    }
    for (int from = 1; from <= payloads.size() + 1; from += 20) {
      check(
          "all",
          "page from " + from,
          writer.get("/forum/t/" + topic + "/payloads?from=" + from).body(),
          failures);
    }
    List<Long> ids =
        jdbc.sql("select id from forum_post where topic_id = :t and number > 1 order by number")
            .param("t", topic)
            .query(Long.class)
            .list();
    for (long id : ids) {
      check(
          "quote",
          "quote of " + id,
          writer.get("/forum/t/" + topic + "/reply?quote=" + id).body(),
          failures);
    }
    assertThat(failures).isEmpty();
  }

  private long topic(long category, long author, int posts) {
    long topic = forum.topic(category, author, PortalRole.PFSO, "Hurricane drills", "Opening");
    for (int i = 2; i <= posts; i++) {
      forum.reply(topic, author, PortalRole.PFSO, "Reply " + i + " with **Markdown**");
    }
    return topic;
  }

  private static long statementsFor(PortalClient client, String path) {
    long start = QueryCounter.statements();
    assertThat(client.get(path).status()).isEqualTo(200);
    return QueryCounter.statements() - start;
  }

  /** Anything a browser could run: foreign elements, scripts, handlers, script URLs. */
  private static void check(String payload, String where, String html, List<String> failures) {
    for (Element element : Jsoup.parse(html).select("main *")) {
      String tag = element.normalName();
      if (List.of("script", "iframe", "object", "embed", "svg", "math", "style", "base", "form")
              .contains(tag)
          && !(tag.equals("form") && element.hasClass("form"))
          && !(tag.equals("form") && element.hasClass("inline"))) {
        failures.add(where + " with " + payload + ": " + element.outerHtml());
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value =
            attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        if (name.startsWith("on")
            || List.of("href", "src", "action", "formaction", "xlink:href").contains(name)
                && value.matches("^(javascript|vbscript|data|livescript):.*")
            || name.equals("style")) {
          failures.add(where + " with " + payload + ": " + element.outerHtml());
        }
      }
    }
  }
}
