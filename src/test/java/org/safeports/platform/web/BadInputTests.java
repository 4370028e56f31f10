package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a mistyped or hostile value gets: a page number past the end, several bad values in one
 * form, a text far over its limit sent for preview, the error page's own address. Never a 500.
 */
@PortalTest
class BadInputTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  PortalClient signedIn(PortalRole role) {
    String email = TestAccounts.freshEmail("bad-input");
    accounts.create(email, role);
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  @Test
  void aPageNumberPastTheEndIsNotFoundHoweverLarge() {
    PortalClient visitor = new PortalClient(port);
    for (String list : new String[] {"/news", "/voices"}) {
      assertThat(visitor.get(list + "?page=2147483647").status()).as(list).isEqualTo(404);
      assertThat(visitor.get(list + "?page=99999").status()).as(list).isEqualTo(404);
      assertThat(visitor.get(list + "?page=-3").status()).as(list).isEqualTo(200);
      assertThat(visitor.get(list + "?page=0").status()).as(list).isEqualTo(200);
    }
    assertThat(visitor.get("/library?page=2147483647").status()).isEqualTo(200);
    PortalClient admin = signedIn(PortalRole.ADMIN);
    for (String list : new String[] {"/admin/users", "/admin/mail"}) {
      assertThat(admin.get(list + "?page=2147483647").status()).as(list).isEqualTo(404);
      assertThat(admin.get(list + "?page=0").status()).as(list).isEqualTo(200);
    }
  }

  @Test
  void aNewsFormWithAnUnknownTopicAndLettersForTheOrderComesBackExplained() {
    Response response =
        signedIn(PortalRole.EDITOR)
            .post(
                "/admin/content",
                "kind",
                "NEWS",
                "language",
                "en",
                "title",
                "Two mistakes at once",
                "slug",
                "two-mistakes",
                "summary",
                "Kept as typed.",
                "body",
                "Body as typed.",
                "topic",
                "no-such-topic",
                "position",
                "abc");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("Choose a topic from the list.")
        .contains("value=\"Two mistakes at once\"")
        .contains("Body as typed.")
        .doesNotContain("java.lang");
  }

  @Test
  void aPageFormWithThreeValuesOfTheWrongKindSaysSoNextToEach() {
    Response response =
        signedIn(PortalRole.EDITOR)
            .post(
                "/admin/content",
                "kind",
                "PAGE",
                "language",
                "en",
                "title",
                "Wrong kinds",
                "slug",
                "wrong-kinds",
                "summary",
                "Kept as typed.",
                "body",
                "Body as typed.",
                "parentId",
                "the-top",
                "position",
                "first",
                "nextReviewOn",
                "2027-13-45");
    assertThat(response.status()).isEqualTo(200);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.body());
    assertThat(page.getElementById("position-error").text()).contains("Enter a whole number.");
    assertThat(page.getElementById("nextReviewOn-error").text())
        .contains("Enter a date as year-month-day");
    assertThat(response.body())
        .contains("value=\"2027-13-45\"")
        .contains("value=\"Wrong kinds\"")
        .doesNotContain("java.lang");
  }

  @Test
  void aRoleThatDoesNotExistAndAnUnknownCountryAreBothExplained() {
    PortalClient admin = signedIn(PortalRole.ADMIN);
    String email = TestAccounts.freshEmail("promoted");
    long id = accounts.create(email, PortalRole.USER);
    Response response =
        admin.post("/admin/users/" + id + "/role", "role", "bogus", "country", "XX");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("Choose one of the roles in the list.")
        .contains("Choose a country from the list.")
        .doesNotContain("java.lang");
  }

  @Test
  void aPortVoicesPreviewOverTheLimitGetsTheMessageNotTheRendering() {
    PortalClient author = signedIn(PortalRole.USER);
    String body = "A sentence that goes on. ".repeat(76_000);
    Response response =
        author.post(
            "/voices/write",
            "title",
            "Far too long",
            "summary",
            "Over the limit.",
            "body",
            body,
            "topic",
            "contingency",
            "language",
            "en",
            "country",
            "PE",
            "authorName",
            "Long Writer",
            "intent",
            "preview");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("The text is too long")
        .doesNotContain("id=\"preview-heading\"");
    assertThat(response.body().length())
        .as("the text typed comes back once, in its field")
        .isLessThan(body.length() + 100_000);
  }

  @Test
  void theLivePreviewOfAnEmptiedEditorIsEmptyNotAFault() {
    PortalClient editor = signedIn(PortalRole.EDITOR);
    editor.get("/admin/content");
    Response empty = editor.post("/admin/content/preview", "body", "");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();
    assertThat(editor.post("/admin/content/preview", "body", "*hello*").body())
        .contains("<em>hello</em>");
  }

  @Test
  void theErrorPagesOwnAddressIsNotFoundAndItsLanguageLinksKeepTheAddress() {
    PortalClient visitor = new PortalClient(port);
    Response direct = visitor.get("/error?lang=es");
    assertThat(direct.status()).isEqualTo(404);
    assertThat(direct.body()).contains("No encontramos esta página");

    Response missing = new PortalClient(port).get("/no-such-page?topic=x");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body())
        .contains("href=\"/no-such-page?topic=x&amp;lang=es\"")
        .doesNotContain("href=\"/error?");
  }
}
