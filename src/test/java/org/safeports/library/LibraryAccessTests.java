package org.safeports.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every access level against every kind of visitor, on the document page and on each file address
 * (the current file and a version by number), plus another country's plan waiting for review and a
 * withdrawn document, whose addresses may be guessed.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryAccessTests {

  enum Who {
    ANONYMOUS,
    USER,
    ASSOCIATE,
    DELEGATE,
    PFSO,
    EDITOR,
    ADMIN
  }

  /** Who may download a file at each level (the table of the issue). */
  static final Map<String, Set<Who>> READERS =
      Map.of(
          "PUBLIC", Set.of(Who.values()),
          "MEMBERS", Set.of(Who.ASSOCIATE, Who.DELEGATE, Who.PFSO, Who.EDITOR, Who.ADMIN),
          "DELEGATES", Set.of(Who.DELEGATE, Who.EDITOR, Who.ADMIN),
          "PFSOS", Set.of(Who.PFSO, Who.EDITOR, Who.ADMIN));

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestLibrary library;
  @Autowired LibraryService service;

  final Map<Who, PortalClient> clients = new EnumMap<>(Who.class);
  final Map<String, Long> documents = new java.util.HashMap<>();
  long foreignPlan;
  long withdrawn;

  @BeforeAll
  void setUp() {
    for (String level : READERS.keySet()) {
      documents.put(level, library.published(level, "CR", "Level " + level, "Words."));
    }
    foreignPlan = library.pendingPlan("MX", "Guessed plan", "Words.");
    withdrawn = library.published("PUBLIC", null, "Withdrawn guidance", "Words.");
    service.withdraw(
        withdrawn,
        new Actor(
            null,
            "Editor",
            "e@example.org",
            null,
            new org.safeports.platform.security.Viewer(
                "e", Set.of("USER", "ASSOCIATE", "DELEGATE", "PFSO", "EDITOR"))));
    for (Who who : Who.values()) {
      PortalClient client = new PortalClient(port);
      if (who != Who.ANONYMOUS) {
        String email = TestAccounts.freshEmail("level-" + who.name().toLowerCase());
        accounts.create(email, PortalRole.valueOf(who.name()));
        assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
      }
      clients.put(who, client);
    }
  }

  @Test
  void filesAreServedOnlyToThoseTheLevelAllowsWhateverTheAddress() {
    List<String> wrong = new ArrayList<>();
    for (var level : READERS.entrySet()) {
      long id = documents.get(level.getKey());
      for (Who who : Who.values()) {
        PortalClient client = clients.get(who);
        check(wrong, who, "/library/" + id, 200, client);
        boolean may = level.getValue().contains(who);
        int refused = who == Who.ANONYMOUS ? 302 : 403;
        for (String file :
            List.of("/library/" + id + "/download", "/library/" + id + "/versions/1/download")) {
          check(wrong, who, file, may ? 200 : refused, client);
        }
        check(wrong, who, "/library/" + id + "/versions/2/download", 404, client);
        boolean pageOffersFile =
            client.get("/library/" + id).body().contains("/library/" + id + "/download");
        if (pageOffersFile != may) {
          wrong.add(who + " sees the download link of " + level.getKey() + ": " + pageOffersFile);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void anotherCountrysWaitingPlanAndAWithdrawnDocumentAreNotFoundButForEditors() {
    List<String> wrong = new ArrayList<>();
    for (Who who : Who.values()) {
      boolean editor = who == Who.EDITOR || who == Who.ADMIN;
      for (long id : new long[] {foreignPlan, withdrawn}) {
        check(wrong, who, "/library/" + id, editor ? 200 : 404, clients.get(who));
        check(wrong, who, "/library/" + id + "/download", editor ? 200 : 404, clients.get(who));
        check(
            wrong,
            who,
            "/library/" + id + "/versions/1/download",
            editor ? 200 : 404,
            clients.get(who));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void restrictedFilesAreNeverCachedBySharedCaches() {
    long id = documents.get("DELEGATES");
    var file = clients.get(Who.DELEGATE).download("/library/" + id + "/download");
    assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
  }

  private static void check(
      List<String> wrong, Who who, String path, int expected, PortalClient client) {
    var response = client.download(path);
    int status = response.status();
    if (status != expected) {
      wrong.add(who + " " + path + ": expected " + expected + ", got " + status);
    }
    if (expected == 302
        && !response.headers().firstValue("Location").orElse("").contains("/sign-in")) {
      wrong.add(who + " " + path + ": not sent to sign in");
    }
  }
}
