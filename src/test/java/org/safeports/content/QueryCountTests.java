package org.safeports.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The statements a page costs do not grow with the number of news items and pages. */
@PortalTest
class QueryCountTests {

  @LocalServerPort int port;
  @Autowired TestContent content;

  @Test
  void homeNewsListArticleAndPageCostTheSameWithMoreContent() {
    String newsSlug = TestContent.freshSlug("counted-news");
    long newsId = content.publishedNews(newsSlug, "Counted news", "## One\n\nText");
    content.translate(newsId, "es", TestContent.freshSlug("contada"), "Contada", "Texto", true);
    String pageSlug = TestContent.freshSlug("counted-page");
    long pageId = content.publishedPage(pageSlug, "Counted page", "## One\n\n## Two\n\n## Three");
    content.translate(pageId, "fr", TestContent.freshSlug("comptee"), "Comptée", "Texte", true);

    Map<String, Long> before = measure(newsSlug, pageSlug);
    for (int i = 0; i < 30; i++) {
      long id =
          content.publishedNews(TestContent.freshSlug("more-news"), "More news " + i, "Text " + i);
      content.translate(id, "es", TestContent.freshSlug("mas"), "Más " + i, "Texto", i % 2 == 0);
      content.publishedPage(TestContent.freshSlug("more-page"), "More page " + i, "Text " + i);
    }
    Map<String, Long> after = measure(newsSlug, pageSlug);

    assertThat(after).isEqualTo(before);
    before.forEach((page, statements) -> assertThat(statements).as(page).isLessThanOrEqualTo(12));
  }

  @Test
  void leadImagesCostNoStatementPerItem() {
    String newsSlug = TestContent.freshSlug("counted-lead");
    long newsId = content.publishedNews(newsSlug, "Counted lead image", "Text");
    content.leadImage(newsId, "A ship", "Caption", "Credit");
    String pageSlug = TestContent.freshSlug("counted-lead-page");
    content.publishedPage(pageSlug, "Counted page", "Text");
    // Enough news for a second page of the list whatever else the database holds, so that both
    // measures read the same pages.
    for (int i = 0; i < 25; i++) {
      content.publishedNews(TestContent.freshSlug("filler"), "Filler " + i, "Text");
    }
    Map<String, Long> before = measure(newsSlug, pageSlug);
    for (int i = 0; i < 12; i++) {
      long id = content.publishedNews(TestContent.freshSlug("more-lead"), "More " + i, "Text");
      content.leadImage(id, "Ship " + i, i % 2 == 0 ? "Caption" : null, null);
    }
    Map<String, Long> after = measure(newsSlug, pageSlug);
    assertThat(after).isEqualTo(before);
    before.forEach((page, statements) -> assertThat(statements).as(page).isLessThanOrEqualTo(12));
  }

  @Autowired org.safeports.identity.TestAccounts accounts;

  @Test
  void aMembersAccountPageCostsTheSameWithMoreAccounts() {
    String email = org.safeports.identity.TestAccounts.freshEmail("counted-member");
    accounts.create(email, org.safeports.platform.security.PortalRole.ASSOCIATE);
    PortalClient member = new PortalClient(port).language("es");
    member.signIn(email, org.safeports.identity.TestAccounts.PASSWORD);
    member.get("/account");
    long before = statementsFor(member, "/account");
    for (int i = 0; i < 30; i++) {
      accounts.create(
          org.safeports.identity.TestAccounts.freshEmail("more-members"),
          org.safeports.platform.security.PortalRole.ASSOCIATE);
    }
    long after = statementsFor(member, "/account");
    assertThat(after).isEqualTo(before);
    // Eight for the page as it was, and one per kind of membership listed on it.
    assertThat(before).isLessThanOrEqualTo(11);
  }

  private static long statementsFor(PortalClient client, String path) {
    long start = QueryCounter.statements();
    assertThat(client.get(path).status()).isEqualTo(200);
    return QueryCounter.statements() - start;
  }

  private Map<String, Long> measure(String newsSlug, String pageSlug) {
    PortalClient visitor = new PortalClient(port).language("es");
    visitor.get("/"); // warm up
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String path :
        new String[] {"/", "/news", "/news?page=1", "/news/" + newsSlug, "/pages/" + pageSlug}) {
      long start = QueryCounter.statements();
      int status = visitor.get(path).status();
      counts.put(path + " " + status, QueryCounter.statements() - start);
    }
    return counts;
  }
}
