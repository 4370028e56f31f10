package org.safeports.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A country's page and the list cost the same statements however many plans, pieces and delegates
 * the country has.
 */
@PortalTest
class MemberStatesQueryCountTests {

  @LocalServerPort int port;
  @Autowired TestLibrary library;
  @Autowired TestPieces pieces;
  @Autowired TestAccounts accounts;
  @Autowired TestMemberStates states;

  @Test
  void aCountryPageCostsTheSameWithMorePlansPiecesAndDelegates() {
    library.publishedPlan("PUBLIC", "GT", "Plan de Puerto Quetzal");
    pieces.publishedFrom("GT", "Desde Puerto Quetzal", "Resumen", "es");
    delegate();
    PortalClient visitor = new PortalClient(port).language("es");
    String member = TestAccounts.freshEmail("counting-member");
    accounts.create(member, PortalRole.ASSOCIATE);
    PortalClient associate = new PortalClient(port).language("es");
    associate.signIn(member, TestAccounts.PASSWORD);
    for (int i = 0; i < 2; i++) { // warm up: first requests of a session cost more
      visitor.get("/members/gt");
      visitor.get("/members");
      associate.get("/members/gt");
    }

    List<String> visitorBefore = statementsFor(visitor, "/members/gt");
    List<String> memberBefore = statementsFor(associate, "/members/gt");
    List<String> listBefore = statementsFor(visitor, "/members");
    for (int i = 0; i < 8; i++) {
      library.publishedPlan(i % 2 == 0 ? "PUBLIC" : "MEMBERS", "GT", "Plan " + i);
      pieces.publishedFrom("GT", "Pieza " + i, "Resumen", i % 2 == 0 ? "es" : "en");
      delegate();
    }
    // The layout reloads its navigation once after a public change: not this page's cost.
    visitor.get("/members/gt");
    associate.get("/members/gt");
    assertThat(statementsFor(visitor, "/members/gt")).isEqualTo(visitorBefore);
    assertThat(statementsFor(associate, "/members/gt")).isEqualTo(memberBefore);
    assertThat(statementsFor(visitor, "/members")).isEqualTo(listBefore);
    // Nine since the events section came: one statement for a country with no upcoming events.
    assertThat(visitorBefore.size()).isLessThanOrEqualTo(9);
    assertThat(listBefore.size()).isLessThanOrEqualTo(4);
    String page = visitor.get("/members/gt").body();
    assertThat(page)
        .contains("Todos los planes de contingencia de este país en la biblioteca")
        .contains("Todos los artículos de Voces Portuarias de este país");
  }

  private void delegate() {
    long id = accounts.create(TestAccounts.freshEmail("counted-delegate"), PortalRole.DELEGATE);
    states.delegate("GT", id, "Delegado", null);
  }

  /** The statements the page sent, in order, so that a failure shows which one was added. */
  private static List<String> statementsFor(PortalClient client, String path) {
    return QueryCounter.statementsOf(() -> assertThat(client.get(path).status()).isEqualTo(200))
        .stream()
        .filter(sql -> !QueryCounter.sessionStore(sql))
        .toList();
  }
}
