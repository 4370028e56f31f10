package org.safeports.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Associate members' applications end to end: the form and its checks, the confirmation of the
 * address, the secretariat's queue and thread, the decisions and their mail, the directory, the CSV
 * files, and the XSS corpus through every field.
 */
@PortalTest
class AssociateApplicationsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestAssociates associates;
  @Autowired DemoAssociates demo;
  @Autowired Memberships memberships;
  @Autowired MemberAccounts memberAccounts;

  MailReader mail;

  @BeforeEach
  void startWithTheHourBehind() {
    associates.letTheHourPass();
    mail = new MailReader(jdbc);
  }

  static String[] application(String email, String website) {
    return new String[] {
      "organisation", "Autoridad Portuaria del Callao",
      "kind", "PORT_AUTHORITY",
      "country", "PE",
      "website", website,
      "name", "Rosa Quispe",
      "position", "Jefa de seguridad del puerto",
      "email", email,
      "motivation", "Queremos compartir <b>nuestros</b> planes & aprender.",
      "areas", "STANDARDS,CONTINGENCY_PLANNING",
      "terms", "true"
    };
  }

  PortalClient editor() {
    String email = TestAccounts.freshEmail("associates-editor");
    accounts.create(email, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(email, TestAccounts.PASSWORD);
    return editor;
  }

  @Test
  void wrongInputIsExplainedAndKeptThenTheConfirmedApplicationReachesTheQueue() {
    PortalClient visitor = new PortalClient(port).language("es");
    String email = TestAccounts.freshEmail("callao");
    assertThat(visitor.get("/members/associates/apply").body())
        .contains("href=\"/associate-terms\"");
    String[] wrong = application("no-es-correo", "javascript:alert(1)");
    wrong[wrong.length - 1] = "false";
    wrong[3] = "SHIPYARD";
    Response page = visitor.post("/members/associates/apply", wrong);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Escriba una dirección de correo electrónico como nombre@ejemplo.org.")
        .contains("Acepte las condiciones de los miembros asociados")
        .contains("id=\"email-error\"")
        .contains("id=\"terms-error\"")
        .contains("value=\"Autoridad Portuaria del Callao\"")
        .contains("value=\"Jefa de seguridad del puerto\"")
        .contains("Queremos compartir &lt;b&gt;nuestros&lt;/b&gt; planes &amp; aprender.");
    // The kind is checked by the service once the rest is right.
    String[] badSite = application(email, "https://example.org");
    badSite[3] = "SHIPYARD";
    assertThat(visitor.post("/members/associates/apply", badSite).body())
        .contains("Elija el tipo de organización.");
    assertThat(visitor.post("/members/associates/apply", application(email, "ftp://x.org")).body())
        .contains("Escriba una dirección web como https://www.ejemplo.org.")
        .contains("value=\"ftp://x.org\"");
    assertThat(
            jdbc.sql("select count(*) from associate_application where email = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();

    long before = mail.count(email, "associate.confirm");
    Response sent =
        visitor.post("/members/associates/apply", application(email, "https://www.apn.gob.pe"));
    assertThat(sent.isRedirectTo("/members/associates/apply/sent")).isTrue();
    assertThat(visitor.get("/members/associates/apply/sent").body()).contains(email);
    long id = associates.idOf(email);
    assertThat(associates.state(id)).isEqualTo("UNCONFIRMED");
    PortalClient editor = editor();
    assertThat(editor.get("/admin/members/applications").body()).doesNotContain(email);
    assertThat(editor.get("/admin/members/applications/" + id).status()).isEqualTo(404);

    String body = mail.awaitLatest(email, "associate.confirm", before);
    assertThat(body).contains("Hola, Rosa Quispe").contains("Autoridad Portuaria del Callao");
    String link = MailReader.linkPath(body);
    assertThat(visitor.get(link).body()).contains("Confirmar y enviar a la secretaría");
    assertThat(associates.state(id)).isEqualTo("UNCONFIRMED");
    assertThat(visitor.post(link).body()).contains("está ahora en manos de la secretaría");
    assertThat(associates.state(id)).isEqualTo("QUEUED");
    assertThat(visitor.post(link).body()).contains("Este enlace no es válido");

    String queue = editor.get("/admin/members/applications").body();
    assertThat(queue).contains("Autoridad Portuaria del Callao").contains("less than a day");
    jdbc.sql("update associate_application set queued_at = now() - interval '3 days' where id = ?")
        .param(id)
        .update();
    assertThat(editor.get("/admin/members/applications").body()).contains("3 days");
    assertThat(editor.get("/admin/members/applications/" + id).body())
        .contains("Jefa de seguridad del puerto")
        .contains("International security standards")
        .contains("https://www.apn.gob.pe");
  }

  @Test
  void anUnconfirmedApplicationNeverReachesTheQueueAndIsRemovedAfterSevenDays()
      throws InterruptedException {
    String email = TestAccounts.freshEmail("unconfirmed");
    long before = mail.count(email, "associate.confirm");
    long id =
        associates.apply(
            "Terminal Sur",
            "TERMINAL_OPERATOR",
            "CL",
            "Ana Soto",
            "Jefa",
            email,
            "Texto",
            "es",
            false);
    String link = MailReader.linkPath(mail.awaitLatest(email, "associate.confirm", before));
    PortalClient editor = editor();
    for (String state : List.of("", "?state=QUEUED", "?state=WAITING", "?state=UNCONFIRMED")) {
      assertThat(editor.get("/admin/members/applications" + state).body()).doesNotContain(email);
    }
    jdbc.sql("update associate_application set applied_at = now() - interval '8 days' where id = ?")
        .param(id)
        .update();
    assertThat(new PortalClient(port).language("es").post(link).body())
        .contains("Este enlace no es válido");
    assertThat(associates.state(id)).isEqualTo("UNCONFIRMED");
    assertThat(associates.expiredUnconfirmed()).isGreaterThanOrEqualTo(1);
    // Two instances at once: one takes the lock, the other skips; neither fails.
    Thread other = new Thread(associates::removeUnconfirmed);
    other.start();
    associates.removeUnconfirmed();
    other.join();
    // A second run the same day finds nothing left to do.
    associates.removeUnconfirmed();
    assertThat(associates.expiredUnconfirmed()).isZero();
    assertThat(
            jdbc.sql("select count(*) from associate_application where id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theSecretariatAsksTheApplicantAnswersAndTheApplicationComesBackToTheQueue() {
    String email = TestAccounts.freshEmail("asked");
    long id =
        associates.apply(
            "Porto de Itajaí",
            "PORT_AUTHORITY",
            "BR",
            "Paulo Lima",
            "Diretor",
            email,
            "Texto",
            "pt",
            true);
    PortalClient editor = editor();
    Response empty = editor.post("/admin/members/applications/" + id + "/ask", "message", " ");
    assertThat(empty.body()).contains("Write a message.");
    assertThat(associates.state(id)).isEqualTo("QUEUED");

    long before = mail.count(email, "associate.question");
    assertThat(
            editor
                .post(
                    "/admin/members/applications/" + id + "/ask",
                    "message",
                    "Which terminals do you run?")
                .isRedirectTo("/admin/members/applications/" + id))
        .isTrue();
    assertThat(associates.state(id)).isEqualTo("WAITING");
    String body = mail.awaitLatest(email, "associate.question", before);
    assertThat(body).contains("Olá, Paulo Lima").contains("Which terminals do you run?");
    String link = MailReader.linkPath(body);

    PortalClient applicant = new PortalClient(port).language("pt");
    assertThat(applicant.get(link).body())
        .contains("Which terminals do you run?")
        .contains("À espera da resposta do requerente");
    assertThat(applicant.post(link, "message", "").body()).contains("Escreva uma mensagem.");
    assertThat(applicant.post(link, "message", "O terminal de contentores.").isRedirectTo(link))
        .isTrue();
    assertThat(associates.state(id)).isEqualTo("QUEUED");
    assertThat(applicant.post(link, "message", "Mais uma coisa").body())
        .contains("A secretaria não está à espera de uma resposta");
    assertThat(editor.get("/admin/members/applications/" + id).body())
        .contains("O terminal de contentores.")
        .contains("Which terminals do you run?");
    assertThat(audit(id)).containsExactly("APPLICATION_INFO_REQUESTED");
  }

  @Test
  void approvalOpensANewAccountMadeAssociateAndWelcomesItInTheApplicantsLanguage() {
    String email = TestAccounts.freshEmail("approved-new");
    long id =
        associates.apply(
            "Port autonome de Port-au-Prince",
            "PORT_AUTHORITY",
            "HT",
            "Jean Pierre",
            "Directeur de la sûreté",
            email,
            "Texte",
            "fr",
            true);
    long before = mail.count(email, "associate.welcomeNew");
    PortalClient editor = editor();
    assertThat(editor.post("/admin/members/applications/" + id + "/approve").status())
        .isEqualTo(302);
    assertThat(associates.state(id)).isEqualTo("APPROVED");
    String body = mail.awaitLatest(email, "associate.welcomeNew", before);
    assertThat(body).contains("Bonjour Jean Pierre").contains("/password-reset/");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "ASSOCIATE Port autonome de Port-au-Prince".equals(roleOf(email)));
    assertThat(audit(id)).containsExactly("APPLICATION_APPROVED");
    assertThat(editor.post("/admin/members/applications/" + id + "/approve").status())
        .isEqualTo(302);
    assertThat(audit(id)).containsExactly("APPLICATION_APPROVED");

    String directory = new PortalClient(port).get("/members/associates?kind=PORT_AUTHORITY").body();
    assertThat(directory).contains("Port autonome de Port-au-Prince").doesNotContain(email);
    PortalClient member = new PortalClient(port);
    String memberEmail = TestAccounts.freshEmail("directory-reader");
    accounts.create(memberEmail, PortalRole.ASSOCIATE);
    member.signIn(memberEmail, TestAccounts.PASSWORD);
    assertThat(member.get("/members/associates?country=HT").body())
        .contains(email)
        .contains("Directeur de la sûreté");
    assertThat(member.get("/members/associates?country=HT&kind=UNIVERSITY").body())
        .doesNotContain("Port autonome de Port-au-Prince");
  }

  @Test
  void approvalMakesAnExistingAccountAssociateWithoutANewPassword() {
    String email = TestAccounts.freshEmail("approved-existing");
    accounts.create(email, PortalRole.USER);
    PortalClient person = new PortalClient(port).language("en");
    person.signIn(email, TestAccounts.PASSWORD);
    assertThat(person.get("/members/associates/apply").body())
        .contains("value=\"" + email + "\"")
        .contains("value=\"Test USER\"");
    long id =
        associates.apply(
            "Universidad del Caribe",
            "UNIVERSITY",
            "CR",
            "Test USER",
            "Profesora",
            email,
            "Texto",
            "es",
            true);
    long before = mail.count(email, "associate.welcome");
    associates.approve(id);
    String body = mail.awaitLatest(email, "associate.welcome", before);
    assertThat(body).contains("Hola, Test USER").doesNotContain("/password-reset/");
    assertThat(mail.count(email, "associate.welcomeNew")).isZero();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "ASSOCIATE Universidad del Caribe".equals(roleOf(email)));
    assertThat(person.get("/account").body()).contains("Universidad del Caribe");
  }

  @Test
  void declineNeedsAReasonWhichTheApplicantIsSent() {
    String email = TestAccounts.freshEmail("declined");
    long id =
        associates.apply(
            "Shipping Line Ltd",
            "OTHER",
            "JM",
            "Kevin Brown",
            "Manager",
            email,
            "Text",
            "en",
            true);
    PortalClient editor = editor();
    Response empty = editor.post("/admin/members/applications/" + id + "/decline", "reason", "");
    assertThat(empty.body()).contains("Write why the application is declined");
    assertThat(associates.state(id)).isEqualTo("QUEUED");
    long before = mail.count(email, "associate.declined");
    editor.post(
        "/admin/members/applications/" + id + "/decline",
        "reason",
        "Please apply through your national port authority.");
    assertThat(associates.state(id)).isEqualTo("DECLINED");
    assertThat(mail.awaitLatest(email, "associate.declined", before))
        .contains("Please apply through your national port authority.");
    assertThat(audit(id)).containsExactly("APPLICATION_DECLINED");
    assertThat(editor.get("/admin/members/applications?state=DECLINED").body())
        .contains("Shipping Line Ltd");
  }

  @Test
  void anApprovedContactNamesAFurtherContactApprovedTheSameWay() {
    String email = TestAccounts.freshEmail("first-contact");
    String organisation = "Alianza " + email.substring(14, 22);
    accounts.create(email, PortalRole.USER);
    long first =
        associates.apply(
            organisation,
            "BUSINESS_ALLIANCE",
            "CO",
            "Marta Gómez",
            "Directora",
            email,
            "Texto",
            "es",
            true);
    associates.approve(first);
    await().atMost(Duration.ofSeconds(20)).until(() -> roleOf(email).startsWith("ASSOCIATE"));
    PortalClient contact = new PortalClient(port).language("es");
    contact.signIn(email, TestAccounts.PASSWORD);
    assertThat(contact.get("/members/associates/contacts/new").body()).contains(organisation);
    String colleague = TestAccounts.freshEmail("colleague");
    assertThat(
            contact
                .post(
                    "/members/associates/contacts/new",
                    "name",
                    "",
                    "position",
                    "Analista",
                    "email",
                    colleague)
                .body())
        .contains("Escriba el nombre de la persona de contacto.")
        .contains("value=\"" + colleague + "\"");
    assertThat(
            contact
                .post(
                    "/members/associates/contacts/new",
                    "name",
                    "Luis Pardo",
                    "position",
                    "Analista",
                    "email",
                    colleague)
                .isRedirectTo("/members/associates"))
        .isTrue();
    long further = associates.idOf(colleague);
    PortalClient editor = editor();
    assertThat(editor.get("/admin/members/applications").body()).contains("Further contact");
    associates.approve(further);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> ("ASSOCIATE " + organisation).equals(roleOf(colleague)));
    assertThat(
            jdbc.sql(
                    "select count(*) from associate_contact c join associate_organisation o"
                        + " on o.id = c.organisation_id where o.name = ?")
                .param(organisation)
                .query(Long.class)
                .single())
        .isEqualTo(2);

    String user = TestAccounts.freshEmail("not-a-contact");
    accounts.create(user, PortalRole.ASSOCIATE);
    PortalClient stranger = new PortalClient(port);
    stranger.signIn(user, TestAccounts.PASSWORD);
    assertThat(
            stranger
                .post(
                    "/members/associates/contacts/new",
                    "name",
                    "X",
                    "position",
                    "Y",
                    "email",
                    TestAccounts.freshEmail("x"))
                .body())
        .contains("Only the contacts of an approved associate organisation");
  }

  @Test
  void theDemoHasBascApprovedForItsAssociateAndAUniversityWaitingAndLoadsOnce() {
    long before = jdbc.sql("select count(*) from associate_application").query(Long.class).single();
    demo.load();
    assertThat(jdbc.sql("select count(*) from associate_application").query(Long.class).single())
        .isEqualTo(before);
    long carlos = memberAccounts.byEmail(DemoAssociates.BASC_EMAIL).orElseThrow().id();
    assertThat(memberships.of(carlos))
        .anySatisfy(
            m -> {
              assertThat(m.kind()).isEqualTo(MembershipKind.ASSOCIATE);
              assertThat(m.state()).isEqualTo(MembershipState.ACTIVE);
              assertThat(m.detail()).isEqualTo("BASC");
            });
    assertThat(memberships.standing(carlos).role()).isEqualTo(PortalRole.ASSOCIATE);
    assertThat(new PortalClient(port).get("/members/associates?country=CR").body())
        .contains("BASC");
    String queue = editor().get("/admin/members/applications").body();
    assertThat(queue).contains("Universidad Marítima del Pacífico Sur").contains("4 days");
  }

  @Test
  void theCsvFilesHaveAByteOrderMarkAndNeutraliseFormulas() {
    String email = TestAccounts.freshEmail("csv");
    long pending =
        associates.apply(
            "=HYPERLINK(\"http://evil.example\")",
            "OTHER",
            "MX",
            "Ana Ruiz",
            "+Jefa",
            email,
            "Texto",
            "es",
            true);
    PortalClient editor = editor();
    var file = editor.download("/admin/members/applications/pending.csv");
    assertThat(file.status()).isEqualTo(200);
    String text = new String(file.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFF")
        .contains("'=HYPERLINK")
        .contains("'+Jefa")
        .contains(email);
    associates.approve(pending);
    String approved =
        new String(
            editor.download("/admin/members/applications/associates.csv").body(),
            StandardCharsets.UTF_8);
    assertThat(approved).startsWith("\uFEFF").contains("'=HYPERLINK").contains(email);
    assertThat(new PortalClient(port).download("/admin/members/applications/pending.csv").status())
        .isNotEqualTo(200);
  }

  @Test
  void theFormAndOneAtATimeTakeAFewApplicationsAnHour() {
    PortalClient visitor = new PortalClient(port).language("fr");
    for (int i = 0; i < 5; i++) {
      assertThat(
              visitor
                  .post(
                      "/members/associates/apply",
                      application(TestAccounts.freshEmail("flood-" + i), "https://example.org"))
                  .status())
          .isEqualTo(302);
    }
    String sixth = TestAccounts.freshEmail("flood-6");
    Response refused =
        visitor.post("/members/associates/apply", application(sixth, "https://example.org"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body())
        .contains("plusieurs demandes de votre part")
        .contains("value=\"" + sixth + "\"");
  }

  @Test
  void noXssPayloadSurvivesAnyFieldOfTheFormTheThreadOrTheDeclineReason() throws Exception {
    List<String> payloads =
        new ClassPathResource("xss/payloads.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
    List<String> failures = new ArrayList<>();
    PortalClient visitor = new PortalClient(port);
    PortalClient editor = editor();
    String readerEmail = TestAccounts.freshEmail("xss-reader");
    accounts.create(readerEmail, PortalRole.ASSOCIATE);
    PortalClient reader = new PortalClient(port);
    reader.signIn(readerEmail, TestAccounts.PASSWORD);
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      // Refused (the address is not one), so the form comes back with everything typed in it.
      String form =
          visitor
              .post(
                  "/members/associates/apply",
                  "organisation",
                  "O " + p,
                  "kind",
                  p,
                  "country",
                  p,
                  "website",
                  p,
                  "name",
                  "N " + p,
                  "position",
                  "P " + p,
                  "email",
                  "x" + p,
                  "motivation",
                  "M " + p,
                  "areas",
                  p,
                  "terms",
                  p)
              .body();
      check(p, "form", form, failures);
      String email = TestAccounts.freshEmail("xss-" + i);
      long id =
          associates.apply(
              "O" + i + " " + p, "OTHER", "CR", "N " + p, "P " + p, email, "M " + p, "en", true);
      associates.ask(id, "Q " + p);
      associates.answer(id, "A " + p);
      String token = associates.threadToken(id);
      if (i % 2 == 0) {
        associates.decline(id, "R " + p);
      } else {
        associates.approve(id);
      }
      check(p, "thread", visitor.get("/members/associates/applications/" + token).body(), failures);
      check(p, "admin", editor.get("/admin/members/applications/" + id).body(), failures);
    }
    check(
        "all", "queue", editor.get("/admin/members/applications?state=DECLINED").body(), failures);
    check(
        "all", "queue", editor.get("/admin/members/applications?state=APPROVED").body(), failures);
    check("all", "directory", reader.get("/members/associates").body(), failures);
    assertThat(failures).isEmpty();
  }

  private static void check(String payload, String where, String html, List<String> failures) {
    for (Element element : Jsoup.parse(html).getAllElements()) {
      String tag = element.normalName();
      if (List.of("iframe", "object", "embed", "svg", "math", "style", "base", "video", "audio")
          .contains(tag)) {
        failures.add(where + " with " + payload + ": " + element.outerHtml());
      }
      if (tag.equals("script") && !element.attr("src").startsWith("/assets/js/")) {
        failures.add(where + " with " + payload + ": script " + element.outerHtml());
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value =
            attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        if (name.startsWith("on")
            || (List.of("href", "src", "action", "formaction").contains(name)
                && value.matches("^(javascript|vbscript|data|livescript):.*"))) {
          failures.add(where + " with " + payload + ": " + element.outerHtml());
        }
      }
    }
  }

  private String roleOf(String email) {
    return jdbc.sql("select role || ' ' || coalesce(organisation, '') from account where email = ?")
        .param(email)
        .query(String.class)
        .optional()
        .orElse("");
  }

  private List<String> audit(long id) {
    return jdbc.sql(
            "select action from audit_entry where object_type = 'application' and object_id = ?"
                + " order by id")
        .param(String.valueOf(id))
        .query(String.class)
        .list();
  }
}
