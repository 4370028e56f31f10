package org.safeports.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The member states' list and map, the country pages, and the admin's screen. */
@PortalTest
class MemberStatesTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestMemberStates states;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail("states-" + role.name().toLowerCase());
    accounts.create(email, role);
    PortalClient client = new PortalClient(port).language("es");
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String map(Response page) {
    String body = page.body();
    return body.substring(body.indexOf("<svg"), body.indexOf("</svg>"));
  }

  @Test
  void theListHasEveryStateOnTheMapAndInTheTableWithTheTagAndItsChairMarked() throws IOException {
    Response page = new PortalClient(port).language("es").get("/members");
    assertThat(page.status()).isEqualTo(200);
    String map = map(page);
    // Every one of the 35 states is a link with a name, on the map and in the table.
    assertThat(count(map, "<a href=\"/members/[a-z]{2}\"")).isEqualTo(35);
    assertThat(count(map, "aria-label=\"[^\"]+\"")).isGreaterThanOrEqualTo(35);
    assertThat(map)
        .contains("aria-label=\"Estados Unidos: preside el GTC\"")
        .contains("aria-label=\"Perú: miembro del GTC\"")
        .contains("aria-label=\"Canadá\"")
        .contains("class=\"state chair\"")
        .doesNotContain("<script");
    // The island states too small to draw get a circle.
    assertThat(count(map, "<circle ")).isGreaterThanOrEqualTo(7);
    String table = page.body().substring(page.body().indexOf("<table"));
    assertThat(count(table, "<a href=\"/members/[a-z]{2}\">")).isEqualTo(35);
    assertThat(table).contains("<caption>Estados miembros de la OEA y el GTC</caption>");
    assertThat(page.body()).contains("href=\"/members\"").contains("aria-current=\"page\"");

    // The page stays light: the map is most of it, and compresses well.
    byte[] html = page.body().getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(html);
    }
    System.out.printf("/members: %d bytes of HTML, %d gzipped%n", html.length, zipped.size());
    assertThat(html.length).isLessThan(80_000);
    assertThat(zipped.size()).isLessThan(25_000);

    Response english = new PortalClient(port).language("en").get("/members");
    assertThat(map(english)).contains("aria-label=\"United States: chairs the TAG\"");
  }

  @Test
  void aCountryPageAnswersOnItsLowerCaseAddressOnly() {
    Response peru = new PortalClient(port).language("es").get("/members/pe");
    assertThat(peru.status()).isEqualTo(200);
    assertThat(peru.body()).contains("<h1>Perú</h1>").contains("Miembro del GTC");
    assertThat(new PortalClient(port).language("en").get("/members/us").body())
        .contains("Chairs the TAG");
    assertThat(new PortalClient(port).language("fr").get("/members/ca").body())
        .contains("N’est pas membre du GTC");

    Response upper = new PortalClient(port).get("/members/PE");
    assertThat(upper.status()).isEqualTo(301);
    assertThat(upper.redirectPath()).isEqualTo("/members/pe");
    assertThat(new PortalClient(port).get("/members/zz").status()).isEqualTo(404);
    assertThat(new PortalClient(port).get("/members/fr").status()).isEqualTo(404);
    assertThat(new PortalClient(port).get("/members/peru").status()).isEqualTo(404);
  }

  @Test
  void delegatesContactDetailsAreForSignedInMembersOnly() {
    long account = accounts.create(TestAccounts.freshEmail("listed-delegate"), PortalRole.DELEGATE);
    String email =
        jdbc.sql("select email from account where id = ?")
            .param(account)
            .query(String.class)
            .single();
    jdbc.sql("update account set display_name = 'Rosa Delegada Quispe' where id = ?")
        .param(account)
        .update();
    states.delegate("PE", account, "Jefa de protección portuaria", "+51 1 555 0101");

    for (PortalClient client :
        new PortalClient[] {new PortalClient(port).language("es"), signedIn(PortalRole.USER)}) {
      String body = client.get("/members/pe").body();
      assertThat(body)
          .contains("Rosa Delegada Quispe")
          .contains("Jefa de protección portuaria")
          .contains("Test Port Authority")
          .doesNotContain(email)
          .doesNotContain("555 0101")
          .contains("Los miembros que inician sesión ven el correo electrónico");
    }
    for (PortalRole role :
        new PortalRole[] {
          PortalRole.ASSOCIATE, PortalRole.PFSO, PortalRole.DELEGATE, PortalRole.EDITOR
        }) {
      String body = signedIn(role).get("/members/pe").body();
      assertThat(body).as("as %s", role).contains("mailto:" + email).contains("+51 1 555 0101");
    }
    // Another country's page does not list Peru's delegate.
    assertThat(new PortalClient(port).get("/members/cl").body())
        .doesNotContain("Rosa Delegada Quispe");
  }

  @Test
  void anAdminMakesAnotherStateTheChairAndTheOldChairLosesItInTheSameSave() {
    PortalClient admin = signedIn(PortalRole.ADMIN);
    try {
      Response list = admin.get("/admin/members/states");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.body()).contains("href=\"/admin/members/states/CR\"");
      assertThat(admin.get("/admin/members/states/CR").status()).isEqualTo(200);
      Response saved =
          admin.post(
              "/admin/members/states/CR",
              "tagMember",
              "true",
              "chair",
              "true",
              "joinedOn",
              "2011-03-07",
              "version",
              String.valueOf(states.version("CR")));
      assertThat(saved.isRedirectTo("/admin/members/states")).isTrue();
      assertThat(states.chair()).isEqualTo("CR");
      assertThat(states.joinedOn("CR")).isEqualTo(LocalDate.of(2011, 3, 7));
      assertThat(audited("TAG_CHAIR_CHANGED", "CR"))
          .contains("\"chair\":\"US\"")
          .contains("\"chair\":\"CR\"");
      assertThat(audited("MEMBER_STATE_CHANGED", "CR")).contains("2011-03-07");
      assertThat(new PortalClient(port).language("en").get("/members/cr").body())
          .contains("Chairs the TAG");
      assertThat(new PortalClient(port).language("en").get("/members/us").body())
          .doesNotContain("Chairs the TAG");
      assertThat(
              jdbc.sql("select count(*) from member_state where chair").query(Long.class).single())
          .isEqualTo(1L);
    } finally {
      states.restore("CR", true);
    }
  }

  String audited(String action, String code) {
    return jdbc.sql(
            "select coalesce(before_state, '') || ' ' || coalesce(after_state, '') from audit_entry"
                + " where action = ? and object_id = ? and module = 'membership'"
                + " and object_type = 'member-state' order by id desc limit 1")
        .params(action, code)
        .query(String.class)
        .single();
  }

  @Test
  void wrongInputIsExplainedNextToItsFieldAndWhatWasTypedStays() {
    PortalClient admin = signedIn(PortalRole.ADMIN);
    String version = String.valueOf(states.version("GY"));
    Response badDate =
        admin.post(
            "/admin/members/states/GY",
            "tagMember",
            "true",
            "joinedOn",
            "2010-13-45",
            "version",
            version);
    assertThat(badDate.status()).isEqualTo(200);
    assertThat(badDate.body())
        .contains("id=\"joinedOn-error\"")
        .contains("Indique la fecha como año-mes-día")
        .contains("value=\"2010-13-45\"")
        .containsPattern("id=\"tagMember\"[^>]*checked");

    Response chairNotMember =
        admin.post("/admin/members/states/GY", "chair", "true", "version", version);
    assertThat(chairNotMember.body())
        .contains("id=\"chair-error\"")
        .contains("Solo un miembro del GTC puede presidirlo");

    Response future =
        admin.post(
            "/admin/members/states/GY",
            "tagMember",
            "true",
            "joinedOn",
            LocalDate.now().plusDays(3).toString(),
            "version",
            version);
    assertThat(future.body()).contains("id=\"joinedOn-error\"").contains("fecha ya pasada");

    Response noChair =
        admin.post(
            "/admin/members/states/US",
            "tagMember",
            "true",
            "version",
            String.valueOf(states.version("US")));
    assertThat(noChair.body()).contains("El GTC necesita una presidencia");
    assertThat(states.chair()).isEqualTo("US");
    assertThat(
            jdbc.sql("select tag_member from member_state where code = 'GY'")
                .query(Boolean.class)
                .single())
        .isFalse();
  }

  @Test
  void aSaveOnTopOfAnotherIsRefusedWithWhatIsSavedNowAndTheChoicesKept() {
    PortalClient admin = signedIn(PortalRole.ADMIN);
    PortalClient other = signedIn(PortalRole.ADMIN);
    try {
      String opened = String.valueOf(states.version("BO"));
      assertThat(
              other
                  .post("/admin/members/states/BO", "tagMember", "true", "version", opened)
                  .isRedirectTo("/admin/members/states"))
          .isTrue();
      Response late =
          admin.post(
              "/admin/members/states/BO",
              "tagMember",
              "true",
              "joinedOn",
              "2012-05-01",
              "version",
              opened);
      assertThat(late.status()).isEqualTo(200);
      assertThat(late.body())
          .contains("Otra persona guardó este Estado miembro")
          .contains("Guardado ahora: miembro del GTC: Sí")
          .contains("value=\"2012-05-01\"")
          .contains("name=\"version\" value=\"" + states.version("BO") + "\"");
      assertThat(states.joinedOn("BO")).isNull();
    } finally {
      states.restore("BO", false);
    }
  }

  @Test
  void theFormsTextIsShownBackEscaped() {
    PortalClient admin = signedIn(PortalRole.ADMIN);
    for (String attack :
        new String[] {
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "'><svg onload=alert(1)>"
        }) {
      Response page =
          admin.post(
              "/admin/members/states/HT",
              "joinedOn",
              attack,
              "version",
              String.valueOf(states.version("HT")));
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body())
          .doesNotContain("<script>alert(1)")
          .doesNotContain("<img src=x")
          .doesNotContain("<svg onload")
          .contains("id=\"joinedOn-error\"");
    }
  }
}
