package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The forum's lists cost the same statements however many categories, topics and posts exist. */
@PortalTest
class ForumListsQueryCountTests {

  @LocalServerPort int port;
  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void theListsCostTheSameWithMoreCategoriesTopicsAndPosts() {
    String email = TestAccounts.freshEmail("counted-pfso");
    long pfso = accounts.create(email, PortalRole.PFSO);
    long category = forum.category("Counted", ForumAudience.PFSO);
    long topic = forum.topic(category, pfso, PortalRole.PFSO, "Counted topic", "One");
    forum.reply(topic, pfso, PortalRole.PFSO, "Two");
    String slug = forum.slugOf(category);
    PortalClient reader = new PortalClient(port).language("es");
    reader.signIn(email, TestAccounts.PASSWORD);
    String[] paths = {
      "/forum",
      "/forum/c/" + slug,
      "/forum/latest",
      "/forum/unread",
      "/forum/u/" + forum.handleOf(pfso),
      "/forum/c/" + slug + "/new"
    };
    reader.get("/forum"); // warm up
    Map<String, Long> before = measure(reader, paths);

    long author = accounts.create(TestAccounts.freshEmail("more-forum"), PortalRole.PFSO);
    for (int c = 0; c < 4; c++) {
      long parent = forum.category("More " + c, ForumAudience.PUBLIC);
      long child = forum.category("More child " + c, ForumAudience.PFSO);
      jdbc.sql("update forum_category set parent_id = :p where id = :c")
          .param("p", parent)
          .param("c", child)
          .update();
      for (int t = 0; t < 5; t++) {
        long more =
            forum.topic(t % 2 == 0 ? parent : child, author, PortalRole.PFSO, "More " + t, "x");
        forum.reply(more, author, PortalRole.PFSO, "y");
      }
      long mine = forum.topic(category, pfso, PortalRole.PFSO, "Mine " + c, "z");
      forum.reply(mine, author, PortalRole.PFSO, "w");
    }
    Map<String, Long> after = measure(reader, paths);

    assertThat(after).isEqualTo(before);
    before.forEach((page, statements) -> assertThat(statements).as(page).isLessThanOrEqualTo(12));
  }

  private static Map<String, Long> measure(PortalClient client, String[] paths) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String path : paths) {
      long start = QueryCounter.statements();
      int status = client.get(path).status();
      counts.put(path + " " + status, QueryCounter.statements() - start);
    }
    return counts;
  }
}
