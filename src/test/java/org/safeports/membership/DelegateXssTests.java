package org.safeports.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The XSS corpus typed into a delegate's name, position and telephone: on the secretariat's screen,
 * in the form shown again with its errors, on the invitation page, and on the country's public
 * history once the invitation is accepted, nothing that could run comes out.
 */
@PortalTest
class DelegateXssTests {

  static final Set<String> FOREIGN =
      Set.of(
          "iframe",
          "object",
          "embed",
          "svg",
          "math",
          "style",
          "base",
          "marquee",
          "video",
          "audio",
          "source",
          "frame",
          "frameset",
          "applet",
          "isindex");
  static final Set<String> URLS =
      Set.of("href", "src", "action", "formaction", "data", "background", "xlink:href", "poster");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void noPayloadSurvivesANameAPositionOrATelephone() throws IOException {
    List<String> payloads =
        new ClassPathResource("xss/payloads.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
    PortalClient admin = new PortalClient(port);
    assertThat(admin.signIn("admin@demo.safeports.org", "harbour-demo-2026").isRedirectTo("/"))
        .isTrue();
    admin.get("/admin/members/delegates");
    MailReader mail = new MailReader(jdbc);
    List<String> failures = new ArrayList<>();
    List<String> invited = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      String email = TestAccounts.freshEmail("xss-" + i);
      String name = cut("N " + payload, 120);
      String position = cut("P " + payload, 160);
      Response refused =
          admin.post(
              "/admin/members/delegates",
              "country",
              "NI",
              "email",
              email,
              "displayName",
              name,
              "position",
              position,
              "phone",
              cut(payload, 40),
              "language",
              "en");
      if (refused.status() == 200) {
        check(payload, "form shown again", refused.body(), failures);
      }
      Response done =
          admin.post(
              "/admin/members/delegates",
              "country",
              "NI",
              "email",
              email,
              "displayName",
              name,
              "position",
              position,
              "phone",
              "",
              "language",
              "en");
      if (done.isRedirectTo("/admin/members/delegates")) {
        invited.add(email);
      } else {
        check(payload, "form shown again", done.body(), failures);
      }
    }
    assertThat(invited).as("most payloads fit a name and position").hasSizeGreaterThan(40);
    check("all", "the delegates screen", admin.get("/admin/members/delegates").body(), failures);

    for (int i = 0; i < 8 && i < invited.size(); i++) {
      String email = invited.get(i);
      String link = MailReader.linkPath(mail.awaitLatest(email, "delegateInvitation", 0));
      PortalClient invitee = new PortalClient(port);
      check(email, "the invitation page", invitee.get(link).body(), failures);
      String name =
          jdbc.sql("select display_name from delegate_invitation where email = ?")
              .param(email)
              .query(String.class)
              .single();
      Response accepted =
          invitee.post(
              link,
              "displayName",
              name,
              "password",
              "harbour-lantern-spray-41",
              "confirmPassword",
              "harbour-lantern-spray-41");
      assertThat(accepted.isRedirectTo("/sign-in")).as(email + " " + accepted.body()).isTrue();
    }
    String history = new PortalClient(port).get("/members/ni/history").body();
    assertThat(history).contains("appointed delegate");
    check("all", "the history page", history, failures);
    check("all", "the delegates screen", admin.get("/admin/members/delegates").body(), failures);
    assertThat(failures).isEmpty();
  }

  static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** Parses the page as a browser would and looks for anything that could run. */
  static void check(String payload, String where, String html, List<String> failures) {
    for (Element element : Jsoup.parse(html).getAllElements()) {
      String tag = element.normalName();
      if (FOREIGN.contains(tag)
          || (tag.equals("script") && !element.attr("src").startsWith("/assets/js/"))
          || (tag.equals("meta") && element.hasAttr("http-equiv"))) {
        failures.add(where + " with " + payload + ": " + element.outerHtml());
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value =
            attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        if (name.startsWith("on")
            || (URLS.contains(name) && value.matches("^(javascript|vbscript|data|livescript):.*"))
            || (name.equals("style") && value.contains("javascript:"))) {
          failures.add(where + " with " + payload + ": " + element.outerHtml());
        }
      }
    }
  }
}
