package org.safeports.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
import org.safeports.platform.WorkWaiting;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail for what waits: the editors' choices, the mail at once, the daily digest, and the delegates'
 * mail when their plan is decided.
 */
@PortalTest
class WaitingWorkMailTests {

  static final String AT_ONCE = "waiting.atOnce";
  static final String DIGEST = "waiting.digest";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestLibrary library;
  @Autowired TestPieces pieces;
  @Autowired DailyDigest dailyDigest;
  @Autowired WaitingDigest digest;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  /** Work from a module notifications does not know: its listener handles it all the same. */
  record SomeApplication(String title, String path) implements WorkWaiting {
    @Override
    public Kind kind() {
      return Kind.APPLICATION;
    }
  }

  MailReader mail() {
    return new MailReader(jdbc);
  }

  String staff(String prefix, PortalRole role, String language) {
    String email = TestAccounts.freshEmail(prefix);
    long id = accounts.create(email, role);
    jdbc.sql("update account set language = ? where id = ?").params(language, id).update();
    return email;
  }

  PortalClient signedIn(String email, String language) {
    PortalClient client = new PortalClient(port).language(language);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return client;
  }

  void choose(String email, String plan, String piece, String application, String pfso) {
    Response saved =
        signedIn(email, "en")
            .post(
                "/account/notifications",
                "plan",
                plan,
                "piece",
                piece,
                "application",
                application,
                "pfsoRequest",
                pfso);
    assertThat(saved.isRedirectTo("/account/notifications")).isTrue();
  }

  long digestRows(String email, boolean sent) {
    return jdbc.sql(
            "select count(*) from notification_digest_item i join account a on a.id = i.account_id"
                + " where a.email = ? and (i.sent_at is not null) = ?")
        .params(email, sent)
        .query(Long.class)
        .single();
  }

  void publish(WorkWaiting work) {
    transactions.executeWithoutResult(status -> events.publishEvent(work));
  }

  String subject(String email, String category) {
    return jdbc.sql(
            "select subject from outbox_mail where recipient = ? and category = ?"
                + " order by id desc limit 1")
        .params(email, category)
        .query(String.class)
        .single();
  }

  @Test
  void thePageRefusesAChoiceThatIsNotOneInTheReadersLanguageAndSavesAGoodOne() {
    String editor = staff("choosing-editor", PortalRole.EDITOR, "es");
    PortalClient client = signedIn(editor, "es");
    Response page = client.get("/account/notifications");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Correos sobre el trabajo pendiente")
        .contains("Artículos de Voces Portuarias enviados a revisión");
    assertThat(Jsoup.parse(page.body()).select("main input[checked]").eachAttr("value"))
        .as("at once until chosen")
        .containsExactly("AT_ONCE", "AT_ONCE", "AT_ONCE", "AT_ONCE", "AT_ONCE");

    Response wrong =
        client.post(
            "/account/notifications",
            "plan",
            "EVERY_HOUR",
            "piece",
            "",
            "application",
            "DIGEST",
            "pfsoRequest",
            "NONE");
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("id=\"plan-error\"")
        .contains("id=\"piece-error\"")
        .doesNotContain("id=\"application-error\"")
        .contains("Elija cómo quiere enterarse de este tipo de trabajo.");
    Element application = Jsoup.parse(wrong.body()).getElementById("application-2");
    assertThat(application.attr("value")).isEqualTo("DIGEST");
    assertThat(application.hasAttr("checked")).as("what was chosen stays chosen").isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from notification_choice c join account a"
                        + " on a.id = c.account_id where a.email = ?")
                .param(editor)
                .query(Long.class)
                .single())
        .isZero();

    Response saved =
        client.post(
            "/account/notifications",
            "plan",
            "DIGEST",
            "piece",
            "NONE",
            "application",
            "AT_ONCE",
            "pfsoRequest",
            "DIGEST");
    assertThat(saved.isRedirectTo("/account/notifications")).isTrue();
    Document after = Jsoup.parse(client.get("/account/notifications").body());
    assertThat(after.text()).contains("Sus preferencias se guardaron.");
    assertThat(after.select("main input[checked]").eachAttr("value"))
        .containsExactly("DIGEST", "NONE", "AT_ONCE", "DIGEST", "AT_ONCE");
  }

  @Test
  void thePageAndTheAccountLinkSpeakEachLanguageAndOnlyStaffSeeTheLink() {
    String admin = staff("lang-admin", PortalRole.ADMIN, "en");
    PortalClient client = signedIn(admin, "en");
    String[][] expected = {
      {"es", "Correos sobre el trabajo pendiente", "En el resumen diario"},
      {"en", "Mail about waiting work", "In the daily digest"},
      {"pt", "E-mails sobre o trabalho pendente", "No resumo diário"},
      {"fr", "Courriels sur le travail en attente", "Dans le résumé quotidien"},
    };
    for (String[] language : expected) {
      Response page = client.get("/account/notifications?lang=" + language[0]);
      assertThat(page.body()).contains(language[1]).contains(language[2]);
      assertThat(client.get("/account?lang=" + language[0]).body())
          .contains("href=\"/account/notifications\"");
    }
    String user = staff("no-link-user", PortalRole.USER, "en");
    assertThat(signedIn(user, "en").get("/account").body())
        .doesNotContain("/account/notifications");
  }

  @Test
  void aDelegatesPlanReachesAnEditorAtOnceInTheirLanguage() {
    String editor = staff("plan-editor", PortalRole.EDITOR, "es");
    long before = mail().count(editor, AT_ONCE);
    long plan = library.pendingPlan("PE", "Plan de contingencia del Callao 2026", "Palabras.");
    String body = mail().awaitLatest(editor, AT_ONCE, before);
    assertThat(subject(editor, AT_ONCE))
        .isEqualTo("Plan por revisar: Plan de contingencia del Callao 2026");
    assertThat(body)
        .contains("Un delegado envió un plan de contingencia")
        .contains("Plan de contingencia del Callao 2026")
        .contains("/account/notifications");
    assertThat(MailReader.linkPath(body)).isEqualTo("/admin/library/" + plan);
  }

  @Test
  void aSubmittedPieceReachesAnEditorAtOnceAndOneWhoChoseNoneHearsNothing() {
    String told = staff("piece-editor", PortalRole.EDITOR, "en");
    String silent = staff("silent-editor", PortalRole.EDITOR, "en");
    choose(silent, "NONE", "NONE", "NONE", "NONE");
    long before = mail().count(told, AT_ONCE);
    long piece = pieces.submittedBySomeoneElse("Drills at the port of Limón");
    String body = mail().awaitLatest(told, AT_ONCE, before);
    assertThat(subject(told, AT_ONCE))
        .isEqualTo("Port Voices piece to review: Drills at the port of Limón");
    assertThat(MailReader.linkPath(body)).isEqualTo("/admin/voices/" + piece);
    // The same listener run wrote the first editor's mail: the other's choice kept theirs away.
    assertThat(mail().count(silent, AT_ONCE)).isZero();
    assertThat(digestRows(silent, false)).isZero();
  }

  @Test
  void digestEditorsGetOneMailEachWithKindTitleAgeAndLinkAndNothingOnASecondRun() {
    String first = staff("digest-editor", PortalRole.EDITOR, "es");
    String second = staff("digest-admin", PortalRole.ADMIN, "en");
    String other = staff("digest-witness", PortalRole.EDITOR, "en");
    choose(first, "DIGEST", "DIGEST", "DIGEST", "DIGEST");
    choose(second, "NONE", "DIGEST", "DIGEST", "NONE");

    long witnessed = mail().count(other, AT_ONCE);
    long piece = pieces.submittedBySomeoneElse("Ciberseguridad en terminales");
    publish(new SomeApplication("Asociación Portuaria del Caribe", "/admin/members/x-1"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> digestRows(first, false) == 2 && digestRows(second, false) == 2);
    assertThat(mail().count(other, AT_ONCE)).isEqualTo(witnessed + 2);
    assertThat(mail().count(first, AT_ONCE)).isZero();

    long firstId = accounts.idOf(first);
    digest.queue(
        firstId,
        new SomeApplication("Una solicitud antigua", "/admin/members/x-2"),
        Instant.now().minus(Duration.ofDays(3)).minusSeconds(60));

    dailyDigest.sendDigests();
    assertThat(mail().count(first, DIGEST)).isEqualTo(1);
    assertThat(mail().count(second, DIGEST)).isEqualTo(1);
    String spanish = mail().awaitLatest(first, DIGEST, 0);
    assertThat(subject(first, DIGEST))
        .isEqualTo("Safeports: llegaron 3 elementos para la Secretaría");
    assertThat(spanish)
        .contains("Hola, Test EDITOR:")
        .contains("Solicitud: Una solicitud antigua (espera desde hace 3 días)")
        .contains("Artículo de Voces Portuarias: Ciberseguridad en terminales (llegó hoy)")
        .contains("/admin/voices/" + piece)
        .contains("Solicitud: Asociación Portuaria del Caribe (llegó hoy)")
        .contains("/admin/members/x-1");
    assertThat(spanish.indexOf("Una solicitud antigua"))
        .as("oldest first")
        .isLessThan(spanish.indexOf("Ciberseguridad"));
    assertThat(mail().awaitLatest(second, DIGEST, 0))
        .contains("Port Voices piece: Ciberseguridad en terminales (came in today)");
    assertThat(digestRows(first, false)).isZero();
    assertThat(digestRows(first, true)).isEqualTo(3);

    // Run again the same day, even with something new: one digest a day, the new item waits.
    digest.queue(firstId, new SomeApplication("Tardía", "/admin/members/x-3"), Instant.now());
    dailyDigest.sendDigests();
    assertThat(mail().count(first, DIGEST)).isEqualTo(1);
    assertThat(mail().count(second, DIGEST)).isEqualTo(1);
    assertThat(digestRows(first, false)).isEqualTo(1);
    // Tomorrow it goes, and only it.
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    assertThat(digest.send(firstId, tomorrow, Instant.now())).isTrue();
    assertThat(mail().awaitLatest(first, DIGEST, 1))
        .contains("Tardía")
        .doesNotContain("Ciberseguridad");
    assertThat(digest.send(firstId, tomorrow, Instant.now())).isFalse();
  }

  @Test
  void twoSendersAtOnceWriteOneDigest() throws Exception {
    String editor = staff("race-editor", PortalRole.EDITOR, "en");
    long id = accounts.idOf(editor);
    digest.queue(id, new SomeApplication("Raced application", "/admin/members/r-1"), Instant.now());
    assertThat(twice(dailyDigest::sendDigests)).isTrue();
    assertThat(mail().count(editor, DIGEST)).isEqualTo(1);

    // Without the job's lock, the editor's row alone keeps the second sender off.
    String other = staff("race-editor-2", PortalRole.EDITOR, "en");
    long otherId = accounts.idOf(other);
    digest.queue(otherId, new SomeApplication("Raced again", "/admin/members/r-2"), Instant.now());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(twice(() -> digest.send(otherId, today, Instant.now()))).isTrue();
    assertThat(mail().count(other, DIGEST)).isEqualTo(1);
  }

  /** Runs the task on two threads released at the same moment; true when both finished. */
  private static boolean twice(Runnable task) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> runs =
          List.of(
              threads.submit(
                  () -> {
                    start.await();
                    task.run();
                    return null;
                  }),
              threads.submit(
                  () -> {
                    start.await();
                    task.run();
                    return null;
                  }));
      start.countDown();
      for (Future<?> run : runs) {
        run.get();
      }
      return true;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theCountrysDelegatesHearInSpanishThatThePlanWasApprovedOrReturnedWithTheReason() {
    String colleague = staff("pe-delegate", PortalRole.DELEGATE, "es");
    String elsewhere = staff("mx-delegate", PortalRole.DELEGATE, "es");
    jdbc.sql("update account set country_code = 'MX' where email = ?").param(elsewhere).update();
    long plan = library.pendingPlan("PE", "Plan del puerto de Paita", "Palabras.");
    String uploader =
        jdbc.sql(
                "select a.email from library_document d join account a on a.id = d.submitted_by"
                    + " where d.id = ?")
            .param(plan)
            .query(String.class)
            .single();
    jdbc.sql("update account set language = 'es' where email = ?").param(uploader).update();
    PortalClient editor = signedIn(staff("deciding-editor", PortalRole.EDITOR, "en"), "en");

    long before = mail().count(uploader, "library.planReturned");
    long colleagueBefore = mail().count(colleague, "library.planReturned");
    editor.post(
        "/admin/library/" + plan + "/return",
        "reviewNote",
        "Falta el anexo de comunicaciones <b>y</b> los teléfonos.");
    String returned = mail().awaitLatest(uploader, "library.planReturned", before);
    assertThat(subject(uploader, "library.planReturned"))
        .isEqualTo("El plan de su país fue devuelto: Plan del puerto de Paita");
    assertThat(returned)
        .contains("La Secretaría del GTC devolvió el plan \"Plan del puerto de Paita\"")
        .contains("Falta el anexo de comunicaciones <b>y</b> los teléfonos.");
    assertThat(MailReader.linkPath(returned)).isEqualTo("/library/country/" + plan);
    assertThat(mail().awaitLatest(colleague, "library.planReturned", colleagueBefore))
        .contains("Falta el anexo de comunicaciones");
    assertThat(mail().count(elsewhere, "library.planReturned")).isZero();

    long approvedBefore = mail().count(uploader, "library.planApproved");
    editor.post("/admin/library/" + plan + "/approve");
    String approved = mail().awaitLatest(uploader, "library.planApproved", approvedBefore);
    assertThat(subject(uploader, "library.planApproved"))
        .isEqualTo("El plan de su país fue aprobado: Plan del puerto de Paita");
    assertThat(approved).contains("La Secretaría del GTC aprobó el plan");
    assertThat(mail().count(elsewhere, "library.planApproved")).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action in ('PLAN_RETURNED','PLAN_APPROVED')"
                        + " and object_id = ?")
                .param(String.valueOf(plan))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theXssCorpusInTitlesStaysPlainTextInTheMailAndEscapedInTheMailLog() throws IOException {
    List<String> payloads =
        new ClassPathResource("xss/payloads.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();

    // A few through a real submission: the at-once mail carries the title as typed.
    String told = staff("xss-told", PortalRole.EDITOR, "en");
    for (String payload : payloads.subList(0, 3)) {
      long before = mail().count(told, AT_ONCE);
      pieces.submittedBySomeoneElse(payload);
      assertThat(mail().awaitLatest(told, AT_ONCE, before)).contains("\n\n" + payload + "\n\n");
      assertThat(subject(told, AT_ONCE)).endsWith(WaitingWorkMail.shortened(payload));
    }

    // The whole corpus in one editor's digest, then through the admin's mail log.
    String reader = staff("xss-digest", PortalRole.EDITOR, "en");
    long id = accounts.idOf(reader);
    for (int i = 0; i < payloads.size(); i++) {
      digest.queue(
          id, new SomeApplication(payloads.get(i), "/admin/members/xss-" + i), Instant.now());
    }
    dailyDigest.sendDigests();
    String body = mail().awaitLatest(reader, DIGEST, 0);
    for (String payload : payloads) {
      assertThat(body).contains("Application: " + payload + " (came in today)");
    }
    PortalClient admin = signedIn(staff("xss-mail-admin", PortalRole.ADMIN, "en"), "en");
    Document log = Jsoup.parse(admin.get("/admin/mail").body());
    Element mine =
        log.select("article.mail").stream()
            .filter(a -> a.text().contains(reader))
            .findFirst()
            .orElseThrow();
    Element shown = mine.selectFirst("pre.mail-body");
    assertThat(shown.children()).as("no markup from the titles").isEmpty();
    for (String payload : payloads) {
      assertThat(shown.wholeText()).contains(payload);
    }
    assertThat(log.select("main script, main iframe, main svg, main img[onerror]")).isEmpty();
  }
}
