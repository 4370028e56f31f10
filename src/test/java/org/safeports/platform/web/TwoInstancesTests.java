package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.search.TestSearch;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.SecondPortal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two instances on one database behind a round-robin balancer: the same page has the same bytes, so
 * the same ETag, on both, also after a change made on one of them, and a browser's ETag from one
 * gets a 304 from the other; a session or a search result ended on one is ended on the other.
 */
@PortalTest
class TwoInstancesTests {

  static SecondPortal other;

  @LocalServerPort int port;
  @Autowired AnonymousPageCache cache;
  @Autowired JdbcConnectionDetails database;
  @Autowired TestContent content;
  @Autowired TestLibrary library;
  @Autowired TestAccounts accounts;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startTheOtherInstance() {
    cache.enable(true);
    if (other == null) {
      other =
          SecondPortal.start(
              database.getJdbcUrl(),
              database.getUsername(),
              database.getPassword(),
              // Configured as this instance is (demo content in place, its banner shown).
              Map.of("safeports.demo.enabled", true));
    }
  }

  @AfterEach
  void turnOff() {
    cache.enable(false);
  }

  @AfterAll
  static void stopTheOtherInstance() {
    if (other != null) {
      other.close();
      other = null;
    }
  }

  HttpResponse<String> get(int port, String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "es");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  List<String> differences(List<String> paths) throws Exception {
    List<String> differ = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> here = get(port, path);
      HttpResponse<String> there = get(other.port(), path);
      assertThat(here.statusCode()).as(path).isEqualTo(200);
      if (!here.headers().firstValue("ETag").equals(there.headers().firstValue("ETag"))
          || !here.body().equals(there.body())) {
        differ.add(path);
      }
    }
    return differ;
  }

  @Test
  void bothInstancesSendTheSamePageWithTheSameETagAlsoAfterAChange() throws Exception {
    String slug = TestContent.freshSlug("twin-news");
    content.publishedNews(slug, "Twin news", "Text.");
    List<String> paths = List.of("/", "/news", "/news/" + slug, "/library", "/voices");
    Thread.sleep(1_500);
    assertThat(differences(paths)).isEmpty();

    // A change on this instance: a new section in the navigation, a new port in the library's
    // filter. The other instance learns of it through the shared counter.
    content.publishedPage(TestContent.freshSlug("twin-section"), "Twin section", "Text.");
    library.publishedAtPort("CR", "Puerto Gemelo", "Twin port plan", "Words.");
    Thread.sleep(2_000);
    assertThat(differences(paths)).isEmpty();
    assertThat(get(other.port(), "/library").body()).contains("Puerto Gemelo");

    String etag = get(port, "/library").headers().firstValue("ETag").orElseThrow();
    assertThat(get(other.port(), "/library", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  /**
   * Each instance keeps the site search's results pages it found: a news item archived on one
   * instance is gone from the other's search at once, though the other had just answered the same
   * search from memory.
   */
  @Test
  void anItemWithdrawnOnOneInstanceLeavesTheOthersSearchAtOnce() throws Exception {
    String word = TestSearch.marker();
    long id = content.publishedNews(TestContent.freshSlug("twin-search"), "Twin " + word, "Words.");
    String search = "/search?q=" + word;
    assertThat(unmarked(port, search)).as("here").contains("Twin " + word);
    assertThat(unmarked(other.port(), search)).contains("Twin " + word);
    assertThat(unmarked(other.port(), search)).contains("Twin " + word);

    content.archive(id);

    assertThat(unmarked(other.port(), search)).doesNotContain("Twin " + word);
    assertThat(unmarked(port, search)).doesNotContain("Twin " + word);
  }

  String unmarked(int port, String path) throws Exception {
    return TestSearch.unmarked(get(port, path).body());
  }

  /**
   * Each instance keeps a copy of the sessions it read: a session ended on one instance (a role
   * changed by the secretariat, a new password set from another session) is no longer signed in on
   * the other within about a second, though the other had just served it from its copy.
   */
  @Test
  void aSessionEndedOnOneInstanceIsEndedOnTheOtherWithinASecond() throws Exception {
    String email = TestAccounts.freshEmail("two-instances");
    long id = accounts.create(email, PortalRole.USER);
    PortalClient here = new PortalClient(port);
    assertThat(here.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    PortalClient there = here.onPort(other.port());
    String adminEmail = TestAccounts.freshEmail("two-instances-admin");
    accounts.create(adminEmail, PortalRole.ADMIN);
    PortalClient admin = new PortalClient(port);
    assertThat(admin.signIn(adminEmail, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();

    // The other instance reads the session and keeps its copy, then the secretariat changes the
    // role here (which ends the person's sessions).
    Thread.sleep(1_200);
    assertThat(there.get("/account").status()).isEqualTo(200);
    assertThat(there.get("/account").status()).isEqualTo(200);
    assertThat(
            admin
                .post("/admin/users/" + id + "/role", "role", "EDITOR", "country", "PE")
                .isRedirectTo("/admin/users/" + id))
        .isTrue();
    assertThat(here.get("/account").isRedirectTo("/sign-in")).isTrue();
    long ended = System.nanoTime();
    while (there.get("/account").status() == 200) {
      assertThat(System.nanoTime() - ended).isLessThan(2_000_000_000L);
      Thread.sleep(50);
    }

    // Signed in again on the other instance, and that session ended here by a new password set
    // from another of the person's sessions.
    assertThat(there.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    PortalClient mine = new PortalClient(port);
    assertThat(mine.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    Thread.sleep(1_200);
    assertThat(there.get("/account").status()).isEqualTo(200);
    assertThat(there.get("/account").status()).isEqualTo(200);
    String password = "another-harbour-passphrase-2026";
    assertThat(
            mine.post(
                    "/account/password",
                    "currentPassword",
                    TestAccounts.PASSWORD,
                    "newPassword",
                    password,
                    "confirmPassword",
                    password)
                .isRedirectTo("/account"))
        .isTrue();
    long changed = System.nanoTime();
    while (there.get("/account").status() == 200) {
      assertThat(System.nanoTime() - changed).isLessThan(2_000_000_000L);
      Thread.sleep(50);
    }
  }
}
