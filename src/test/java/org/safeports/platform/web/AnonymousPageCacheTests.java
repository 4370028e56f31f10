package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cache of anonymous pages keeps its three promises: a published change shows at once (also
 * when made on another instance, within a second, and when a scheduled time passes), a signed-in
 * person never gets a cached page, and a restricted document never leaks through it.
 */
@PortalTest
class AnonymousPageCacheTests {

  @LocalServerPort int port;
  @Autowired AnonymousPageCache cache;
  @Autowired TestContent content;
  @Autowired TestLibrary library;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void turnOn() {
    cache.enable(true);
  }

  @AfterEach
  void turnOff() {
    cache.enable(false);
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "en");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aVisitorGetsTheSameBytesFromTheCacheAndA304WhenTheyHaveThem() throws Exception {
    HttpResponse<String> first = get("/news");
    HttpResponse<String> second = get("/news");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    String etag = second.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("ETag")).hasValue(etag);
    assertThat(second.headers().firstValue("Content-Security-Policy"))
        .isEqualTo(first.headers().firstValue("Content-Security-Policy"))
        .isPresent();
    assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    HttpResponse<String> again = get("/news", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(cache.size()).isPositive();
    // Each language is its own page.
    assertThat(get("/news", "Accept-Language", "es").body()).contains("lang=\"es\"");
  }

  @Test
  void parametersThePageDoesNotReadNeitherFillTheCacheNorShowOnThePage() throws Exception {
    // A second page of news, whichever tests ran before (the demo has less than a page).
    for (int i = 0; i < 11; i++) {
      content.publishedNews(
          TestContent.freshSlug("cache-second-page"), "Second page " + i, "Text.");
    }
    cache.invalidateAll();
    List<String> real = List.of("/", "/news", "/news?page=1", "/library", "/voices");
    for (String path : real) {
      assertThat(get(path).statusCode()).isEqualTo(200);
    }
    long realPages = cache.size();
    assertThat(realPages).isEqualTo(real.size());
    Random random = new Random(11);
    for (int i = 0; i < 1000; i++) {
      String path = real.get(i % real.size());
      String name = "p" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      String query = name + "=" + random.nextInt() + (i % 3 == 0 ? "&utm_source=x" + i : "");
      String url = path + (path.contains("?") ? "&" : "?") + query;
      assertThat(get(url).statusCode()).isEqualTo(200);
    }
    assertThat(cache.size()).isEqualTo(realPages);
    // Rendered for a request with a parameter it does not read, the stored page is the plain one
    // (its language and pager links repeat the query).
    cache.invalidateAll();
    String tracked = get("/news?trackme=1").body();
    assertThat(tracked).doesNotContain("trackme");
    assertThat(get("/news").body()).isEqualTo(tracked);
    // The page's own parameters still count, in any order.
    assertThat(get("/news?topic=standards&page=0").body())
        .isEqualTo(get("/news?page=0&topic=standards&x=1").body());
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aPublishedChangeShowsAtOnce() throws Exception {
    assertThat(get("/news").statusCode()).isEqualTo(200);
    String title = "Breakwater inspection " + System.nanoTime();
    content.publishedNews(TestContent.freshSlug("cache-news"), title, "Text.");
    assertThat(get("/news").body()).contains(title);
    assertThat(get("/").body()).contains(title);
  }

  @Test
  void aChangeMadeOnAnotherInstanceShowsWithinASecond() throws Exception {
    String slug = TestContent.freshSlug("cache-other");
    content.publishedNews(slug, "Before the change", "Text.");
    assertThat(get("/news/" + slug).body()).contains("Before the change");
    // Another instance changes the title and bumps the shared counter; no event reaches us.
    jdbc.sql(
            "update content_translation set title = 'After the change' where slug = :slug;"
                + " update public_pages_version set version = version + 1 where id = 1")
        .param("slug", slug)
        .update();
    // The counter is read once a second in the background: give it that second and a margin for a
    // busy machine.
    long bumped = System.nanoTime();
    while (!get("/news/" + slug).body().contains("After the change")) {
      assertThat(System.nanoTime() - bumped).isLessThan(2_500_000_000L);
      Thread.sleep(50);
    }
  }

  @Test
  void aScheduledItemAppearsWhenItsTimeComes() throws Exception {
    String title = "Scheduled notice " + System.nanoTime();
    long id = content.publishedNews(TestContent.freshSlug("cache-scheduled"), title, "Text.");
    content.schedule(id, Instant.now().plusSeconds(2));
    assertThat(get("/news").body()).doesNotContain(title);
    Thread.sleep(2_200);
    assertThat(get("/news").body()).contains(title);
  }

  @Test
  void aSignedInPersonNeverGetsTheCachedPage() throws Exception {
    String anonymous = get("/").body();
    assertThat(anonymous).contains("/sign-in");
    String email = TestAccounts.freshEmail("cache-reader");
    accounts.create(email, PortalRole.USER);
    PortalClient member = new PortalClient(port);
    member.signIn(email, TestAccounts.PASSWORD);
    String signedIn = member.get("/").body();
    assertThat(signedIn).contains("/sign-out").contains("href=\"/account\"");
    assertThat(get("/").body()).doesNotContain("/sign-out");
  }

  @Test
  void aRestrictedDocumentNeverLeaksThroughTheCache() throws Exception {
    long id = library.published("DELEGATES", "CR", "Cached restricted plan", "Secret words.");
    String download = "/library/" + id + "/download";
    assertThat(get("/library/" + id).body()).doesNotContain(download);
    String email = TestAccounts.freshEmail("cache-delegate");
    accounts.create(email, PortalRole.DELEGATE);
    PortalClient delegate = new PortalClient(port);
    delegate.signIn(email, TestAccounts.PASSWORD);
    assertThat(delegate.get("/library/" + id).body()).contains(download);
    assertThat(get("/library/" + id).body()).doesNotContain(download);
    assertThat(get(download).statusCode()).isEqualTo(302);
    assertThat(get("/library?q=secret+words").body()).doesNotContain("Cached restricted plan");
  }
}
