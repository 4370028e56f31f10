package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.content.TestContent;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cache of signed-in pages keeps the anonymous cache's promises (a change shows at once, also
 * from another instance within a second, and when a scheduled time passes; nothing restricted
 * reaches a lower audience) and one of its own: a person never sees another's page, not their name,
 * not their form token, not their account.
 */
@PortalTest
class SignedInPageCacheTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern NAME =
      Pattern.compile("class=\"account-name\" href=\"/account\"[^>]*><span>([^<]*)</span>");

  @LocalServerPort int port;
  @Autowired SignedInPageCache cache;
  @Autowired AnonymousPageCache anonymous;
  @Autowired TestContent content;
  @Autowired TestLibrary library;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

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

  /** A person of the role, signed in under a name of their own (set on the account page). */
  PortalClient member(PortalRole role, String name) {
    String email = TestAccounts.freshEmail("signed-in-cache");
    accounts.create(email, role);
    PortalClient first = new PortalClient(port);
    first.signIn(email, TestAccounts.PASSWORD);
    first.post(
        "/account/profile",
        "displayName",
        name,
        "organisation",
        "Test Port Authority",
        "country",
        role == PortalRole.DELEGATE ? "PE" : "CR",
        "language",
        "en");
    // A new session holds the new name.
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    return client;
  }

  static String only(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    assertThat(m.find()).as("pattern %s in the page", pattern).isTrue();
    return m.group(1);
  }

  @Test
  void twoPeopleOfOneAudienceShareThePageButNeverEachOthersNameOrToken() {
    PortalClient ana = member(PortalRole.USER, "Ana O'Brien <Pilot>");
    PortalClient bruno = member(PortalRole.USER, "Bruno Keller");
    cache.invalidateAll();
    String anas = ana.get("/news").body();
    String brunos = bruno.get("/news").body();
    // One render, kept once, served to both.
    assertThat(cache.size()).isEqualTo(1);
    assertThat(only(NAME, anas)).isEqualTo("Ana O&#39;Brien &lt;Pilot&gt;");
    assertThat(only(NAME, brunos)).isEqualTo("Bruno Keller");
    assertThat(brunos).doesNotContain("Ana O").doesNotContain(SharedRequest.NAME_MARKER);
    assertThat(brunos).doesNotContain(SharedRequest.CSRF_MARKER);
    assertThat(only(CSRF, brunos)).isNotEqualTo(only(CSRF, anas));
    // Each token is its owner's: Bruno's signs Bruno out, Ana's does not work for Bruno.
    assertThat(bruno.postRaw("/sign-out", PortalClient.pairs("_csrf", only(CSRF, anas))).status())
        .isEqualTo(403);
    assertThat(bruno.get("/account").status()).isEqualTo(200);
    assertThat(bruno.postRaw("/sign-out", PortalClient.pairs("_csrf", only(CSRF, brunos))).status())
        .isEqualTo(302);
    assertThat(bruno.get("/account").isRedirectTo("/sign-in")).isTrue();
    // The same page, bar the slots.
    assertThat(brunos.replace("Bruno Keller", "").replace(only(CSRF, brunos), ""))
        .isEqualTo(anas.replace("Ana O&#39;Brien &lt;Pilot&gt;", "").replace(only(CSRF, anas), ""));
  }

  @Test
  void anAccountPageIsItsOwnersOnly() {
    PortalClient ana = member(PortalRole.USER, "Ana Account");
    PortalClient bruno = member(PortalRole.USER, "Bruno Account");
    assertThat(ana.get("/account").body()).contains("value=\"Ana Account\"");
    String brunos = bruno.get("/account").body();
    assertThat(brunos).contains("value=\"Bruno Account\"").doesNotContain("Ana Account");
    // What a person changes shows on their next page, the notice once.
    ana.post(
        "/account/profile",
        "displayName",
        "Ana Renamed",
        "organisation",
        "Test Port Authority",
        "country",
        "CR",
        "language",
        "en");
    String after = ana.get("/account").body();
    assertThat(after).contains("value=\"Ana Renamed\"").contains("role=\"status\"");
    assertThat(ana.get("/account").body()).doesNotContain("role=\"status\"");
    assertThat(bruno.get("/account").body()).doesNotContain("role=\"status\"");
  }

  @Test
  void restrictedDocumentsNeverReachALowerAudience() {
    String title = "Signed-in restricted plan " + System.nanoTime();
    library.published("DELEGATES", "PE", title, "Quay words.");
    PortalClient delegate = member(PortalRole.DELEGATE, "Delia Delegate");
    PortalClient user = member(PortalRole.USER, "Uma User");
    // The listing names every document; a search finds a restricted one's text only for those
    // who may read it, and the page kept for delegates is not the registered user's.
    String search = "/library?q=quay+words";
    assertThat(delegate.get(search).body()).contains(title);
    assertThat(user.get(search).body()).doesNotContain(title);
    assertThat(new PortalClient(port).get(search).body()).doesNotContain(title);
    assertThat(delegate.get(search).body()).contains(title);
    // Delegates of two countries get pages of their own, and the header's links of a delegate.
    PortalClient other = member(PortalRole.DELEGATE, "Otto Other");
    jdbc.sql("update account set country_code = 'MX' where display_name = 'Otto Other'").update();
    PortalClient mexican = new PortalClient(port);
    String email =
        jdbc.sql("select email from account where display_name = 'Otto Other'")
            .query(String.class)
            .single();
    mexican.signIn(email, TestAccounts.PASSWORD);
    cache.invalidateAll();
    delegate.get("/library");
    assertThat(mexican.get("/library").body()).contains("Otto Other").contains("/library/country");
    assertThat(cache.size()).isEqualTo(2);
    assertThat(other.get("/library").status()).isEqualTo(200);
  }

  @Test
  void aPublishedChangeShowsAtOnce() {
    PortalClient reader = member(PortalRole.USER, "Rita Reader");
    assertThat(reader.get("/news").status()).isEqualTo(200);
    assertThat(reader.get("/").status()).isEqualTo(200);
    String title = "Signed-in breakwater " + System.nanoTime();
    content.publishedNews(TestContent.freshSlug("signed-in-news"), title, "Text.");
    assertThat(reader.get("/news").body()).contains(title);
    assertThat(reader.get("/").body()).contains(title);
  }

  @Test
  void aWriteOnAnotherInstanceShowsWithinASecond() throws Exception {
    String slug = TestContent.freshSlug("signed-in-other");
    content.publishedNews(slug, "Before the write", "Text.");
    PortalClient reader = member(PortalRole.EDITOR, "Edna Editor");
    assertThat(reader.get("/news/" + slug).body()).contains("Before the write");
    // Another instance's write: only the counter of signed-in pages moves.
    jdbc.sql(
            "update content_translation set title = 'After the write' where slug = :slug;"
                + " update signed_in_pages_version set version = version + 1 where id = 1")
        .param("slug", slug)
        .update();
    long bumped = System.nanoTime();
    while (!reader.get("/news/" + slug).body().contains("After the write")) {
      assertThat(System.nanoTime() - bumped).isLessThan(2_500_000_000L);
      Thread.sleep(50);
    }
  }

  @Test
  void aScheduledItemAppearsWhenItsTimeComes() throws Exception {
    PortalClient reader = member(PortalRole.DELEGATE, "Sara Schedule");
    String title = "Signed-in scheduled notice " + System.nanoTime();
    long id = content.publishedNews(TestContent.freshSlug("signed-in-scheduled"), title, "Text.");
    content.schedule(id, Instant.now().plusSeconds(2));
    assertThat(reader.get("/news").body()).doesNotContain(title);
    Thread.sleep(2_200);
    assertThat(reader.get("/news").body()).contains(title);
  }

  /**
   * A kept page for a person whose session is copied in memory costs no statement at all: neither
   * the page nor the session is read from the database.
   */
  @Test
  void aKeptPageServedAgainRunsNoStatement() throws Exception {
    PortalClient reader = member(PortalRole.USER, "Quentin Quiet");
    long until = System.nanoTime() + 5_000_000_000L;
    List<String> statements = List.of("not measured yet");
    while (!statements.isEmpty() && System.nanoTime() < until) {
      assertThat(reader.get("/news").status()).isEqualTo(200);
      statements =
          QueryCounter.statementsOf(() -> assertThat(reader.get("/news").status()).isEqualTo(200));
      if (!statements.isEmpty()) {
        // The sign-in's own change is heard by the once-a-second check, which drops the copies.
        Thread.sleep(300);
      }
    }
    assertThat(statements).isEmpty();
  }

  @Test
  void aPersonsOwnPagesAreNeverShared() {
    PortalClient ana = member(PortalRole.USER, "Ana Own");
    cache.invalidateAll();
    assertThat(ana.get("/voices/mine").status()).isEqualTo(200);
    assertThat(ana.get("/account/events").status()).isEqualTo(200);
    assertThat(cache.size()).isZero();
  }
}
