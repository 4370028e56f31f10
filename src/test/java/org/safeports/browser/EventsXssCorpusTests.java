package org.safeports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The XSS corpus through every field of the events module: an event's texts (title, summary,
 * description, venue, organiser, and a translation), registrants' answers (on the registration form
 * shown again after an error, the registrants' screen, the CSV) and the message to all registrants
 * (its form shown again, the mail). The form's question labels come from the portal's own bundles,
 * not from what anyone types, so the answers are the way in. Nothing may run, in the HTML or in a
 * real browser; no cell of the CSV may start a formula.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsXssCorpusTests {

  private static final List<String> QUESTIONS =
      List.of("ORGANISATION", "COUNTRY", "INTERPRETATION", "DIETARY", "ACCESSIBILITY");

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  List<String> payloads;
  PortalClient editor;
  BrowserSupport browsers;
  String editorEmail;

  @BeforeAll
  void setUp() throws IOException {
    payloads =
        new ClassPathResource("xss/payloads.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    editorEmail = TestAccounts.freshEmail("xss-events-editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    editor = new PortalClient(port);
    editor.signIn(editorEmail, TestAccounts.PASSWORD);
    browsers = new BrowserSupport();
  }

  @AfterAll
  void tearDown() {
    browsers.close();
  }

  private long create(
      String title,
      String summary,
      String description,
      String venue,
      String organiser,
      String registration) {
    var created =
        editor.post(
            "/admin/events/new",
            "title",
            title,
            "summary",
            summary,
            "description",
            description,
            "kind",
            "MEETING",
            "audience",
            "PUBLIC",
            "originalLanguage",
            "en",
            "timeZone",
            "America/Panama",
            "startsAt",
            "2032-05-01T10:00",
            "endsAt",
            "2032-05-01T12:00",
            "venue",
            venue,
            "organiser",
            organiser,
            "registration",
            registration,
            "participantList",
            "NOBODY");
    Matcher id =
        Pattern.compile("/admin/events/(\\d+)$").matcher(String.valueOf(created.redirectPath()));
    assertThat(id.find()).as("created %s: %s", title, created.status()).isTrue();
    long eventId = Long.parseLong(id.group(1));
    assertThat(editor.post("/admin/events/" + eventId + "/publish").status()).isEqualTo(302);
    return eventId;
  }

  private String slug(long eventId) {
    return jdbc.sql("select slug from event_item where id = ?")
        .param(eventId)
        .query(String.class)
        .single();
  }

  @Test
  void noPayloadSurvivesAnyTextOfAnEventOrItsTranslation() {
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
    List<String> failures = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      long id =
          create(
              "T " + payload,
              "S " + payload,
              "Before\n\n" + payload + "\n\nAfter " + payload,
              "V " + payload,
              "O " + payload,
              "NONE");
      String slug = slug(id);
      assertThat(
              editor
                  .post(
                      "/admin/events/" + id + "/texts/es",
                      "title",
                      "T " + payload,
                      "summary",
                      "S " + payload,
                      "description",
                      payload)
                  .status())
          .isEqualTo(302);
      for (String path :
          List.of(
              "/events/" + slug,
              "/events/" + slug + "?lang=es",
              "/events/" + slug + "/agenda",
              "/admin/events/" + id,
              "/admin/events/" + id + "/texts/es",
              "/admin/events/" + id + "/documents")) {
        check(payload, path, editor.get(path).body(), failures);
      }
      if (i % 10 == 0) {
        pages.add("/events/" + slug);
        pages.add("/admin/events/" + id);
      }
    }
    PortalClient visitor = new PortalClient(port);
    for (String path : List.of("/events", "/events?lang=es", "/", "/admin/events")) {
      check(
          "lists", path, (path.startsWith("/admin") ? editor : visitor).get(path).body(), failures);
    }
    assertThat(failures).isEmpty();
    pages.add("/events");
    assertNothingRunsInTheBrowser(pages);
  }

  @Test
  void noPayloadSurvivesTheRegistrantsAnswersTheirCsvOrTheMessageToThem() throws IOException {
    long id = create("Corpus registrations " + port, "", "", "Panama City", "TAG", "OPEN");
    String slug = slug(id);
    List<String> form = new ArrayList<>();
    for (String q : QUESTIONS) {
      form.add("ask" + q);
      form.add("true");
    }
    assertThat(editor.post("/admin/events/" + id + "/form", form.toArray(String[]::new)).status())
        .isEqualTo(302);
    List<String> failures = new ArrayList<>();
    String lastEmail = null;
    for (int at = 0; at < payloads.size(); at += QUESTIONS.size()) {
      lastEmail = TestAccounts.freshEmail("xss-registrant");
      accounts.create(lastEmail, PortalRole.USER);
      PortalClient person = new PortalClient(port);
      person.signIn(lastEmail, TestAccounts.PASSWORD);
      List<String> answers = new ArrayList<>();
      for (int q = 0; q < QUESTIONS.size(); q++) {
        answers.add("q" + QUESTIONS.get(q));
        answers.add(payloads.get((at + q) % payloads.size()));
      }
      // Too long an answer first: the form comes back with every answer in it.
      List<String> tooLong = new ArrayList<>(answers);
      tooLong.set(1, "x".repeat(301) + tooLong.get(1));
      String again =
          person.post("/events/" + slug + "/register", tooLong.toArray(String[]::new)).body();
      assertThat(again).contains("aria-invalid");
      check("answers " + at, "register form", again, failures);
      assertThat(
              person
                  .post("/events/" + slug + "/register", answers.toArray(String[]::new))
                  .isRedirectTo("/account/events"))
          .isTrue();
      check("answers " + at, "/account/events", person.get("/account/events").body(), failures);
    }
    String registrants = "/admin/events/" + id + "/registrants";
    check("every answer", registrants, editor.get(registrants).body(), failures);

    String csv =
        new String(editor.download(registrants + ".csv").body(), StandardCharsets.UTF_8)
            .replace("\uFEFF", "");
    int cells = 0;
    try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
      for (CSVRecord record : parser) {
        for (String cell : record) {
          cells++;
          assertThat(cell)
              .as("a CSV cell")
              .doesNotStartWith("=")
              .doesNotStartWith("+")
              .doesNotStartWith("-")
              .doesNotStartWith("@")
              .doesNotStartWith("\t")
              .doesNotStartWith("\r");
        }
      }
    }
    assertThat(cells).isGreaterThan(payloads.size());

    // The message to everyone: its form shown again after an error, then the mail itself.
    String all = String.join("\n", payloads);
    String refused = editor.post(registrants + "/message", "text", all + "x".repeat(4001)).body();
    assertThat(refused).contains("aria-invalid");
    check("message", registrants + "/message", refused, failures);
    MailReader mail = new MailReader(jdbc);
    long before = mail.count(lastEmail, "event.message");
    assertThat(editor.post(registrants + "/message", "text", all).status()).isEqualTo(302);
    String body = mail.awaitLatest(lastEmail, "event.message", before);
    // The mail is plain text: the words arrive as written, no markup is added around them, and
    // none reaches the subject line.
    assertThat(body).contains(all).doesNotContain("<html").doesNotContain("&lt;");
    String subject =
        jdbc.sql(
                "select subject from outbox_mail where recipient = ? and category = ?"
                    + " order by id desc limit 1")
            .params(lastEmail, "event.message")
            .query(String.class)
            .single();
    assertThat(subject).doesNotContain("<").doesNotContain("\n");

    assertThat(failures).isEmpty();
    assertNothingRunsInTheBrowser(List.of(registrants, "/events/" + slug));
  }

  /**
   * The shared check, once the events pages' own zone script (as the page writes it) is left out.
   */
  private static void check(String payload, String where, String html, List<String> failures) {
    XssCorpusTests.check(payload, where, OWN_SCRIPT.matcher(html).replaceAll(""), failures);
  }

  private static final Pattern OWN_SCRIPT =
      Pattern.compile("<script src=\"/assets/js/event-zone-[0-9a-f]{32}\\.js\" defer></script>");

  private void assertNothingRunsInTheBrowser(List<String> paths) {
    try (BrowserContext context = browsers.browser.newContext()) {
      Page page = context.newPage();
      AtomicInteger dialogs = new AtomicInteger();
      page.onDialog(
          dialog -> {
            dialogs.incrementAndGet();
            dialog.dismiss();
          });
      page.navigate("http://localhost:" + port + "/sign-in");
      page.locator("#email").fill(editorEmail);
      page.locator("#password").fill(TestAccounts.PASSWORD);
      page.locator("main form.form button[type=submit]").click();
      for (String path : paths) {
        page.navigate("http://localhost:" + port + path);
        page.waitForTimeout(150);
        assertThat(page.evaluate("() => window.__xss === undefined"))
            .as("window.__xss on %s", path)
            .isEqualTo(true);
      }
      assertThat(dialogs.get()).as("alert dialogs").isZero();
    }
  }
}
