package org.safeports.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.library.TestLibrary;
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
 * PFSO verification end to end over HTTP: asking (wrong input explained and kept, the upload and
 * XSS corpora), deciding by the country's delegate only, the role it gives, the daily jobs run
 * twice and at once, and the mail in each person's language.
 */
@PortalTest
class PfsoVerificationTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestPfsos pfsos;
  @Autowired TestLibrary library;
  @Autowired PfsoJobs jobs;
  @Autowired JdbcClient jdbc;

  MailReader mail() {
    return new MailReader(jdbc);
  }

  record Person(long id, String email, PortalClient client) {}

  Person person(PortalRole role, String language) {
    String email = TestAccounts.freshEmail("pfso-" + role.name().toLowerCase(Locale.ROOT));
    long id = accounts.create(email, role);
    pfsos.language(id, language);
    PortalClient client = new PortalClient(port).language(language);
    assertThat(client.signIn(email, TestAccounts.PASSWORD).isRedirectTo("/")).isTrue();
    return new Person(id, email, client);
  }

  Person delegateOf(String country, String language) {
    Person delegate = person(PortalRole.DELEGATE, language);
    pfsos.delegate(delegate.id(), country);
    return delegate;
  }

  static Map<String, String> fields(String country, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("country", country);
    fields.put("port", "Callao " + text);
    fields.put("facility", "Muelle Norte " + text);
    fields.put("imoNumber", "");
    fields.put("position", "Oficial " + text);
    fields.put("employer", "Terminales " + text);
    return fields;
  }

  static byte[] letter() {
    return DemoPfsos.letter(PfsoForm.empty().renewing(sample()), "Ana Test").content();
  }

  static PfsoRequest sample() {
    return new PfsoRequest(
        0,
        0,
        "PE",
        "Callao",
        "Muelle Norte",
        "PECLL-0002",
        "Oficial",
        "Terminales S.A.",
        "es",
        PfsoState.PENDING,
        Instant.now(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  Response ask(Person who, Map<String, String> fields, String name, String type, byte[] bytes) {
    who.client().get("/account/pfso");
    return who.client().upload("/account/pfso", fields, "document", name, type, bytes);
  }

  long latestRequestOf(long accountId) {
    return jdbc.sql("select max(id) from pfso_request where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  @Test
  void wrongInputIsExplainedNextToEachFieldAndNothingTypedIsLostThenTheRequestGoesToTheDelegates() {
    Person delegate = delegateOf("PE", "pt");
    Person user = person(PortalRole.USER, "es");
    long before = mail().count(delegate.email(), "pfso.requested");

    Map<String, String> wrong = fields("PE", "uno");
    wrong.put("port", "");
    wrong.put("imoNumber", "12-AB");
    Response page = ask(user, wrong, "", "application/octet-stream", new byte[0]);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Indique el puerto.")
        .contains("Escriba el número OMI como BRSSZ-0001")
        .contains("Adjunte su carta de designación.")
        .contains("value=\"Muelle Norte uno\"")
        .contains("value=\"Oficial uno\"")
        .contains("value=\"12-AB\"");

    Map<String, String> otherCountry = fields("PE", "dos");
    otherCountry.put("imoNumber", "BRSSZ-0001");
    page = ask(user, otherCountry, "carta.pdf", "application/pdf", "<html>no</html>".getBytes());
    assertThat(page.body())
        .contains("El número OMI de una instalación de este país empieza por PE.")
        .contains("Adjunte la carta como archivo PDF, JPEG o PNG.")
        .contains("value=\"Terminales dos\"");

    Map<String, String> right = fields("PE", "tres");
    right.put("imoNumber", " pecll-0002 ");
    page = ask(user, right, "carta.pdf", "application/pdf", letter());
    assertThat(page.isRedirectTo("/account/pfso")).isTrue();
    long id = latestRequestOf(user.id());
    assertThat(pfsos.state(id)).isEqualTo("PENDING");
    assertThat(
            jdbc.sql("select imo_facility_number from pfso_request where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("PECLL-0002");
    assertThat(user.client().get("/account/pfso").body()).contains("En espera de decisión");
    String toDelegate = mail().awaitLatest(delegate.email(), "pfso.requested", before);
    assertThat(toDelegate)
        .contains("pede para ser verificado")
        .contains("/members/pfsos/requests/" + id);
  }

  @Test
  void theUploadCorpusIsRefusedThroughTheDocumentFieldAndAnImageIsTaken() throws IOException {
    Person user = person(PortalRole.USER, "en");
    byte[] pdf = letter();
    byte[] afterTheEnd = concat(pdf, "PK\u0003\u0004 zip after the end".getBytes());
    byte[] script =
        new String(pdf, StandardCharsets.ISO_8859_1)
            .replaceFirst(
                "/Type /Catalog",
                "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
            .getBytes(StandardCharsets.ISO_8859_1);
    Map<String, byte[]> refused = new LinkedHashMap<>();
    refused.put("empty.pdf", new byte[0]);
    refused.put("page.pdf", "<script>alert(1)</script>".getBytes());
    refused.put("program.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
    refused.put("polyglot.pdf", afterTheEnd);
    refused.put("script.pdf", script);
    refused.put("letter.docx", new byte[] {'P', 'K', 3, 4, 0, 0});
    refused.put("letter.png", pdf);
    for (var file : refused.entrySet()) {
      Response page =
          ask(user, fields("PE", "x"), file.getKey(), "application/pdf", file.getValue());
      assertThat(page.status()).as(file.getKey()).isEqualTo(200);
      Element error = Jsoup.parse(page.body()).getElementById("document-error");
      assertThat(error).as(file.getKey()).isNotNull();
      assertThat(Jsoup.parse(page.body()).getElementById("facility").val())
          .isEqualTo("Muelle Norte x");
    }
    assertThat(
            jdbc.sql("select count(*) from pfso_request where account_id = ?")
                .param(user.id())
                .query(Long.class)
                .single())
        .isZero();

    var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    assertThat(
            ask(user, fields("PE", "x"), "scan.png", "image/png", png.toByteArray())
                .isRedirectTo("/account/pfso"))
        .isTrue();
  }

  @Test
  void theXssCorpusThroughEveryTextFieldAndTheDeclineReasonStaysText() throws IOException {
    List<String> payloads =
        new ClassPathResource("xss/payloads.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank())
            .toList();
    Person delegate = delegateOf("CR", "en");
    Person user = person(PortalRole.USER, "en");
    List<String> failures = new ArrayList<>();
    for (String payload : payloads) {
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("country", "CR");
      typed.put("port", cut(payload, 50));
      typed.put("facility", cut(payload, 100));
      typed.put("imoNumber", cut(payload, 14));
      typed.put("position", cut(payload, 120));
      typed.put("employer", cut(payload, 200));
      check(
          payload,
          "echo",
          ask(user, typed, "x.pdf", "application/pdf", new byte[0]).body(),
          failures);
      typed.put("imoNumber", "");
      Response sent = ask(user, typed, "letter.pdf", "application/pdf", letter());
      if (!sent.isRedirectTo("/account/pfso")) {
        failures.add(payload + ": not accepted " + sent.status());
        continue;
      }
      long id = latestRequestOf(user.id());
      check(
          payload,
          "request",
          delegate.client().get("/members/pfsos/requests/" + id).body(),
          failures);
      check(payload, "list", delegate.client().get("/members/pfsos").body(), failures);
      delegate.client().get("/members/pfsos/requests/" + id);
      Response declined =
          delegate.client().post("/members/pfsos/requests/" + id + "/decline", "reason", payload);
      if (!declined.isRedirectTo("/members/pfsos/requests/" + id)) {
        failures.add(payload + ": decline " + declined.status());
      }
      check(
          payload,
          "declined",
          delegate.client().get("/members/pfsos/requests/" + id).body(),
          failures);
      check(payload, "account", user.client().get("/account/pfso").body(), failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void perusDelegateApprovesAndTheUserOpensAPfsoDocumentWhileBrazilsDelegateSeesNothingOfIt() {
    Person pe = delegateOf("PE", "es");
    Person br = delegateOf("BR", "pt");
    Person user = person(PortalRole.USER, "fr");
    long document = library.published("PFSOS", "PE", "PFSO drill notes", "Gangway watch.");
    assertThat(user.client().download("/library/" + document + "/download").status())
        .isNotEqualTo(200);
    ask(user, fields("PE", "ok"), "letter.pdf", "application/pdf", letter());
    long id = latestRequestOf(user.id());
    String path = "/members/pfsos/requests/" + id;

    assertThat(br.client().get(path).status()).isEqualTo(404);
    assertThat(br.client().download(path + "/document").status()).isEqualTo(404);
    assertThat(br.client().get("/members/pfsos").body()).doesNotContain(path);
    assertThat(
            new String(br.client().download("/members/pfsos.csv").body(), StandardCharsets.UTF_8))
        .doesNotContain(user.email());
    br.client().get("/members/pfsos");
    assertThat(br.client().post(path + "/approve").status()).isEqualTo(404);
    assertThat(br.client().post(path + "/decline", "reason", "No").status()).isEqualTo(404);
    assertThat(pfsos.state(id)).isEqualTo("PENDING");

    assertThat(pe.client().get("/members/pfsos").body()).contains(path);
    var letter = pe.client().download(path + "/document");
    assertThat(letter.status()).isEqualTo(200);
    assertThat(new String(letter.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(
            new String(pe.client().download("/members/pfsos.csv").body(), StandardCharsets.UTF_8))
        .startsWith("\uFEFF")
        .contains(user.email());
    long before = mail().count(user.email(), "pfso.verified");
    pe.client().get(path);
    assertThat(pe.client().post(path + "/approve").isRedirectTo(path)).isTrue();
    assertThat(pfsos.state(id)).isEqualTo("APPROVED");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'PFSO_APPROVED' and object_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(mail().awaitLatest(user.email(), "pfso.verified", before)).contains("est approuvée");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> user.client().download("/library/" + document + "/download").status() == 200);
  }

  @Test
  void aDeclineNeedsAReasonAndTheUserReadsItInTheirLanguage() {
    Person pe = delegateOf("PE", "en");
    Person user = person(PortalRole.USER, "pt");
    ask(user, fields("PE", "d"), "letter.pdf", "application/pdf", letter());
    long id = latestRequestOf(user.id());
    String path = "/members/pfsos/requests/" + id;
    pe.client().get(path);
    Response empty = pe.client().post(path + "/decline", "reason", "  ");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("Give the reason for declining");
    long before = mail().count(user.email(), "pfso.declined");
    assertThat(
            pe.client()
                .post(path + "/decline", "reason", "The letter is unsigned.")
                .isRedirectTo(path))
        .isTrue();
    assertThat(mail().awaitLatest(user.email(), "pfso.declined", before))
        .contains("foi recusado")
        .contains("The letter is unsigned.");
    assertThat(user.client().get("/account/pfso").body())
        .contains("The letter is unsigned.")
        .contains("Recusada");
  }

  @Test
  void theExpiryJobRunTwiceAndAtOnceEndsTheVerificationOnceAndTheOpenSessionLosesPfsoAccess()
      throws Exception {
    Person pfso = person(PortalRole.PFSO, "es");
    long document = library.published("PFSOS", "BR", "PFSO only notes", "Mooring watch.");
    long id =
        pfsos.approved(
            pfso.id(),
            "BR",
            LocalDate.now().minusDays(1),
            Instant.now().minus(366, ChronoUnit.DAYS));
    assertThat(pfso.client().download("/library/" + document + "/download").status())
        .isEqualTo(200);
    var first = CompletableFuture.supplyAsync(jobs::expire);
    var second = CompletableFuture.supplyAsync(jobs::expire);
    first.get();
    second.get();
    jobs.expire();
    assertThat(pfsos.state(id)).isEqualTo("EXPIRED");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'PFSO_EXPIRED' and object_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> pfso.client().download("/library/" + document + "/download").status() != 200);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> mail().count(pfso.email(), "pfso.expired") == 1);
    Thread.sleep(500);
    assertThat(mail().count(pfso.email(), "pfso.expired")).isEqualTo(1);
    assertThat(pfso.client().get("/account/pfso").body()).contains("Vencida").contains("Renovar");
  }

  @Test
  void theReminderGoesOnceToThePfsoAndTheirDelegatesEvenRunTwiceAndAtOnce() throws Exception {
    Person delegate = delegateOf("JM", "fr");
    Person pfso = person(PortalRole.PFSO, "en");
    pfsos.approved(
        pfso.id(), "JM", LocalDate.now().plusDays(20), Instant.now().minus(345, ChronoUnit.DAYS));
    var first = CompletableFuture.supplyAsync(jobs::remind);
    var second = CompletableFuture.supplyAsync(jobs::remind);
    first.get();
    second.get();
    jobs.remind();
    String toPfso = mail().awaitLatest(pfso.email(), "pfso.expiring", 0);
    assertThat(toPfso).contains("renew it with a fresh letter");
    assertThat(mail().awaitLatest(delegate.email(), "pfso.expiringDelegate", 0))
        .contains("prend fin le");
    Thread.sleep(500);
    assertThat(mail().count(pfso.email(), "pfso.expiring")).isEqualTo(1);
    assertThat(mail().count(delegate.email(), "pfso.expiringDelegate")).isEqualTo(1);
    Response page = pfso.client().get("/account/pfso");
    assertThat(page.body()).contains("Expiring soon").contains("Renew your verification");
    long before = mail().count(delegate.email(), "pfso.renewal");
    assertThat(
            ask(pfso, fields("JM", "r"), "letter.pdf", "application/pdf", letter())
                .isRedirectTo("/account/pfso"))
        .isTrue();
    assertThat(mail().awaitLatest(delegate.email(), "pfso.renewal", before)).contains("renouveler");
  }

  @Test
  void documentsAreDeletedAYearAfterTheDecisionAndOnlyThen() throws Exception {
    Person user = person(PortalRole.USER, "en");
    Person other = person(PortalRole.USER, "en");
    long old = pfsos.approved(user.id(), "MX", LocalDate.now().plusDays(200), Instant.now());
    long recent = pfsos.approved(other.id(), "MX", LocalDate.now().plusDays(300), Instant.now());
    pfsos.documentDue(old);
    var first = CompletableFuture.supplyAsync(jobs::deleteDocuments);
    var second = CompletableFuture.supplyAsync(jobs::deleteDocuments);
    first.get();
    second.get();
    jobs.deleteDocuments();
    assertThat(pfsos.hasDocument(old)).isFalse();
    assertThat(pfsos.hasDocument(recent)).isTrue();
    assertThat(pfsos.state(old)).isEqualTo("APPROVED");
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static void check(String payload, String where, String html, List<String> failures) {
    for (Element element : Jsoup.parse(html).getAllElements()) {
      String tag = element.normalName();
      if (List.of("iframe", "object", "embed", "svg", "math", "base", "frame").contains(tag)) {
        failures.add(where + " with " + payload + ": " + element.outerHtml());
      }
      if (tag.equals("script") && !element.attr("src").startsWith("/assets/js/")) {
        failures.add(where + " with " + payload + ": " + element.outerHtml());
      }
      for (var attribute : element.attributes()) {
        String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
            || ((attribute.getKey().equals("href") || attribute.getKey().equals("src"))
                && value.matches("^(javascript|vbscript|data):.*"))) {
          failures.add(where + " with " + payload + ": " + element.outerHtml());
        }
      }
    }
  }
}
