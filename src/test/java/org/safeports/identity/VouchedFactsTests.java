package org.safeports.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeports.library.TestLibrary;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A delegate's, a PFSO's and an associate member's facts are the secretariat's to change: the
 * profile form leaves them as they are, and the library goes on trusting them.
 */
@PortalTest
class VouchedFactsTests {

  static final String PERU_DELEGATE = "delegate@demo.safeports.org";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestLibrary library;

  @AfterEach
  void peruKeepsItsDelegate() {
    // Should the fix ever break, the demo delegate must not stay Mexican for the other tests.
    jdbc.sql("update account set country_code = 'PE' where email = ?")
        .param(PERU_DELEGATE)
        .update();
  }

  static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  String column(String column, String email) {
    return jdbc.sql("select " + column + " from account where email = ?")
        .param(email)
        .query(String.class)
        .single();
  }

  Response postProfile(PortalClient client, String email, String... changes) {
    var form =
        PortalClient.pairs(
            "displayName",
            column("display_name", email),
            "organisation",
            column("organisation", email),
            "country",
            column("country_code", email),
            "language",
            column("language", email));
    form.putAll(PortalClient.pairs(changes));
    return client.post("/account/profile", form);
  }

  PortalClient signedIn(String email, String password) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, password).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void aDelegateWhoPostsAnotherCountryStaysTheDelegateOfTheirOwn() {
    String peruvianPlan = "Peruvian plan " + word();
    String mexicanPlan = "Mexican plan held back " + word();
    library.pendingPlan("PE", peruvianPlan, "Sandbags at the pier.");
    long mexican = library.pendingPlan("MX", mexicanPlan, "Sirens at the gate.");

    PortalClient delegate = signedIn(PERU_DELEGATE, AccountBootstrap.DEMO_PASSWORD);
    assertThat(delegate.get("/account").body())
        .contains("Set by the TAG secretariat")
        .doesNotContain("name=\"country\"");
    Response moved = postProfile(delegate, PERU_DELEGATE, "country", "MX");
    assertThat(moved.isRedirectTo("/account")).as(moved.status() + moved.body()).isTrue();
    assertThat(column("country_code", PERU_DELEGATE)).isEqualTo("PE");

    delegate.post("/sign-out");
    PortalClient again = signedIn(PERU_DELEGATE, AccountBootstrap.DEMO_PASSWORD);
    String plans = again.get("/library/country").body();
    assertThat(plans).contains("Peru").contains(peruvianPlan).doesNotContain(mexicanPlan);
    assertThat(again.download("/library/" + mexican + "/download").status()).isNotEqualTo(200);
    assertThat(again.get("/library/country/" + mexican).status()).isEqualTo(404);

    Response reviewed = again.post("/library/country/" + mexican + "/reviewed");
    assertThat(reviewed.status()).isEqualTo(404);
    assertThat(
            jdbc.sql("select last_reviewed is null from library_document where id = ?")
                .param(mexican)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void aPfsoKeepsTheirCountryAndAnAssociateMemberTheirOrganisation() {
    String pfso = TestAccounts.freshEmail("pfso");
    accounts.create(pfso, PortalRole.PFSO);
    PortalClient officer = signedIn(pfso, TestAccounts.PASSWORD);
    assertThat(postProfile(officer, pfso, "country", "MX").isRedirectTo("/account")).isTrue();
    assertThat(column("country_code", pfso)).isEqualTo("CR");

    String associate = TestAccounts.freshEmail("associate");
    accounts.create(associate, PortalRole.ASSOCIATE);
    PortalClient member = signedIn(associate, TestAccounts.PASSWORD);
    assertThat(member.get("/account").body()).doesNotContain("name=\"organisation\"");
    Response renamed =
        postProfile(
            member, associate, "organisation", "Another Organisation", "displayName", "New Name");
    assertThat(renamed.isRedirectTo("/account")).isTrue();
    assertThat(column("organisation", associate)).isEqualTo("Test Port Authority");
    assertThat(column("display_name", associate)).as("the rest is saved").isEqualTo("New Name");
  }

  @Test
  void aRegisteredUserStillChoosesTheirCountryAndOrganisation() {
    String email = TestAccounts.freshEmail("user");
    accounts.create(email, PortalRole.USER);
    PortalClient user = signedIn(email, TestAccounts.PASSWORD);
    assertThat(user.get("/account").body()).contains("name=\"country\"");
    Response blank = postProfile(user, email, "country", "", "organisation", "");
    assertThat(blank.body()).contains("id=\"country-error\"").contains("id=\"organisation-error\"");
    assertThat(
            postProfile(user, email, "country", "HT", "organisation", "Port-au-Prince")
                .isRedirectTo("/account"))
        .isTrue();
    assertThat(column("country_code", email)).isEqualTo("HT");
    assertThat(column("organisation", email)).isEqualTo("Port-au-Prince");
  }

  @Test
  void theUserScreenNoLongerHandsOutTheRolesThatMembershipsGive() {
    String email = TestAccounts.freshEmail("associate");
    long id = accounts.create(email, PortalRole.ASSOCIATE);
    PortalClient admin = signedIn("admin@demo.safeports.org", AccountBootstrap.DEMO_PASSWORD);
    String screen = admin.get("/admin/users/" + id).body();
    assertThat(screen)
        .contains("value=\"USER\"")
        .contains("value=\"EDITOR\"")
        .contains("value=\"ADMIN\"")
        .doesNotContain("value=\"DELEGATE\"")
        .doesNotContain("value=\"ASSOCIATE\"")
        .doesNotContain("value=\"PFSO\"")
        .doesNotContain("name=\"organisation\"")
        .doesNotContain("name=\"portFacility\"");
    for (String role : new String[] {"DELEGATE", "ASSOCIATE", "PFSO"}) {
      Response refused =
          admin.post(
              "/admin/users/" + id + "/role",
              "role",
              role,
              "country",
              "MX",
              "organisation",
              "Another Organisation");
      assertThat(refused.status()).as(role).isEqualTo(200);
      assertThat(refused.body()).as(role).contains("id=\"role-error\"");
    }
    assertThat(column("role", email)).isEqualTo("ASSOCIATE");
    assertThat(column("country_code", email)).isEqualTo("CR");
    assertThat(column("organisation", email)).isEqualTo("Test Port Authority");
  }
}
