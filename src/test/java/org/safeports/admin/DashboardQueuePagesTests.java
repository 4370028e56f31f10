package org.safeports.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue in pages: the oldest first on the first page, the rest behind a pager that keeps the
 * kind filter, an address past the last page or with a malformed number shows a page that exists,
 * and taking an item leads back to the page it was on.
 */
@PortalTest
class DashboardQueuePagesTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestPieces pieces;

  /** The pieces this test put at the head of the queue, withdrawn after it. */
  final List<Long> made = new ArrayList<>();

  @AfterEach
  void withdrawThem() {
    for (long piece : made) {
      jdbc.sql("update voices_piece set status = 'WITHDRAWN' where id = ?").param(piece).update();
    }
  }

  static List<String> keys(Document page) {
    List<String> keys = new ArrayList<>();
    page.select("#queue tbody tr").forEach(row -> keys.add(row.attr("data-key")));
    return keys;
  }

  @Test
  void theQueueIsPagedOldestFirstAndTakingAnItemLeadsBackToItsPage() {
    int count = WorkQueue.PAGE_SIZE + 5;
    List<String> oldest = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long piece = pieces.submittedBySomeoneElse("Paged piece " + i + " " + System.nanoTime());
      jdbc.sql(
              "update voices_piece set submitted_at = timestamptz '1970-01-01T00:00:00Z'"
                  + " + ? * interval '1 minute' where id = ?")
          .param(i)
          .param(piece)
          .update();
      made.add(piece);
      oldest.add("voices:" + piece);
    }
    String email = TestAccounts.freshEmail("paged-editor");
    accounts.create(email, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    assertThat(editor.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();

    Document first = Jsoup.parse(editor.get("/admin?kind=PIECE").body());
    assertThat(keys(first)).isEqualTo(oldest.subList(0, WorkQueue.PAGE_SIZE));
    String next = first.selectFirst("#queue .pager a[rel=next]").attr("href");
    assertThat(next).contains("kind=PIECE").contains("page=1");

    Document second = Jsoup.parse(editor.get(next).body());
    assertThat(keys(second))
        .startsWith(oldest.subList(WorkQueue.PAGE_SIZE, count).toArray(String[]::new));
    assertThat(second.selectFirst("#queue .pager a[rel=prev]")).isNotNull();
    // Past the last page: the last page; a malformed number: the first.
    assertThat(second.select("#queue .pager")).hasSize(1);
    assertThat(keys(Jsoup.parse(editor.get("/admin?kind=PIECE&page=999999").body())))
        .doesNotContain(oldest.get(0))
        .isNotEmpty();
    assertThat(keys(Jsoup.parse(editor.get("/admin?kind=PIECE&page=-3x").body())))
        .isEqualTo(oldest.subList(0, WorkQueue.PAGE_SIZE));

    // Taking an item of the second page: back to the second page, the item taken by this editor.
    String taken = oldest.get(WorkQueue.PAGE_SIZE + 1);
    String form = second.selectFirst("#queue tr[data-key=\"" + taken + "\"] form").attr("action");
    PortalClient.Response claimed = editor.post(form, "key", taken, "kind", "PIECE", "page", "1");
    assertThat(claimed.redirectPath()).isEqualTo("/admin?kind=PIECE&page=1#queue");
    Document after = Jsoup.parse(editor.get("/admin?kind=PIECE&page=1").body());
    assertThat(after.selectFirst("#queue tr[data-key=\"" + taken + "\"]").text())
        .contains("You are on it");
  }
}
