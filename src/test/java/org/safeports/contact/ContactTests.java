package org.safeports.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.safeports.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contact form: its checks, its throttle, the mail to the secretariat, the follow-up. */
@PortalTest
class ContactTests {

  static final String SECRETARIAT = "secretariat@safeports.org";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestContact contact;

  @BeforeEach
  void startWithTheHourBehind() {
    contact.letTheHourPass();
  }

  static String[] message(String email, String text) {
    return new String[] {
      "name", "Ana Pérez", "email", email, "topic", "LIBRARY", "subject", "Planes", "message", text
    };
  }

  long stored(String email) {
    return jdbc.sql("select count(*) from contact_message where sender_email = ?")
        .param(email)
        .query(Long.class)
        .single();
  }

  @Test
  void wrongInputIsExplainedNextToEachFieldInTheReadersLanguageAndNothingTypedIsLost() {
    PortalClient visitor = new PortalClient(port).language("es");
    assertThat(visitor.get("/contact").status()).isEqualTo(200);
    Response page =
        visitor.post(
            "/contact",
            "name",
            "",
            "email",
            "no-es-una-direccion",
            "topic",
            "NO_SUCH_TOPIC",
            "subject",
            "Mi asunto",
            "message",
            "Mi texto largo <b>con</b> signos & más");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Escriba su nombre.")
        .contains("Escriba una dirección de correo electrónico como nombre@ejemplo.org.")
        .contains("Elija el tema de su mensaje.")
        .contains("id=\"name-error\"")
        .contains("id=\"email-error\"")
        .contains("id=\"topic-error\"")
        .contains("value=\"no-es-una-direccion\"")
        .contains("value=\"Mi asunto\"");
    assertThat(typed(page, "message")).isEqualTo("Mi texto largo <b>con</b> signos & más");
    assertThat(stored("no-es-una-direccion")).isZero();

    String tooLong = "x".repeat(5001);
    Response longMessage =
        visitor.post("/contact", message(TestAccounts.freshEmail("long"), tooLong));
    assertThat(longMessage.body()).contains("Un mensaje tiene como máximo 5.000 caracteres");
  }

  @Test
  void aMessageIsStoredWithItsLanguageAndMailedToTheSecretariat() {
    MailReader mail = new MailReader(jdbc);
    long before = mail.count(SECRETARIAT, "contact.received");
    String email = TestAccounts.freshEmail("writer");
    PortalClient visitor = new PortalClient(port).language("pt");
    visitor.get("/contact");
    Response sent = visitor.post("/contact", message(email, "Onde estão os planos de 2010?"));
    assertThat(sent.isRedirectTo("/contact/sent")).isTrue();
    assertThat(visitor.get("/contact/sent").body())
        .contains("A secretaria responderá para " + email);

    assertThat(
            jdbc.sql(
                    "select language || ' ' || topic || ' ' || status || ' ' || sent_from"
                        + " from contact_message where sender_email = ?")
                .param(email)
                .query(String.class)
                .single())
        .isEqualTo("pt LIBRARY NEW 127.0.0.1");
    String body = mail.awaitLatest(SECRETARIAT, "contact.received", before);
    assertThat(body)
        .contains("Ana Pérez <" + email + ">")
        .contains("The library")
        .contains("Onde estão os planos de 2010?")
        .contains("Português")
        .contains("/admin/contact");
  }

  @Test
  void aFilledTrapFieldIsAnsweredAsSentButNothingIsStoredOrMailed() {
    String email = TestAccounts.freshEmail("robot");
    PortalClient robot = new PortalClient(port);
    String[] fields = message(email, "Buy now");
    String[] withTrap = java.util.Arrays.copyOf(fields, fields.length + 2);
    withTrap[fields.length] = "website";
    withTrap[fields.length + 1] = "http://spam.example";
    assertThat(robot.post("/contact", withTrap).isRedirectTo("/contact/sent")).isTrue();
    assertThat(stored(email)).isZero();
  }

  @Test
  void oneAddressAndOneEmailAreTakenAFewTimesAnHourAndTheThrottledTextIsKept() {
    PortalClient visitor = new PortalClient(port).language("fr");
    for (int i = 0; i < 5; i++) {
      String email = TestAccounts.freshEmail("flood-" + i);
      assertThat(visitor.post("/contact", message(email, "Message " + i)).status())
          .as("message %d", i)
          .isEqualTo(302);
    }
    String sixth = TestAccounts.freshEmail("flood-6");
    Response refused = visitor.post("/contact", message(sixth, "Le sixième message"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body())
        .contains("Le portail a déjà reçu plusieurs messages de votre part")
        .contains("value=\"" + sixth + "\"");
    assertThat(typed(refused, "message")).isEqualTo("Le sixième message");
    assertThat(stored(sixth)).isZero();

    contact.letTheHourPass();
    String same = TestAccounts.freshEmail("same-sender");
    for (int i = 0; i < 3; i++) {
      PortalClient elsewhere = new PortalClient(port);
      assertThat(elsewhere.post("/contact", message(same, "Again " + i)).status()).isEqualTo(302);
    }
    assertThat(
            new PortalClient(port)
                .post("/contact", message(same.toUpperCase(), "Once more"))
                .status())
        .isEqualTo(429);
    assertThat(stored(same)).isEqualTo(3);

    contact.letTheHourPass();
    assertThat(visitor.post("/contact", message(sixth, "Le sixième message")).status())
        .isEqualTo(302);
  }

  @Test
  void editorsMarkMessagesAnsweredOrClosedAndEachChangeIsAudited() {
    String email = TestAccounts.freshEmail("followed");
    assertThat(contact.receive("Rosa Díaz", email, "Question", "Where is it?", "203.0.113.9"))
        .isTrue();
    long id = contact.idOf(email);
    String editorEmail = TestAccounts.freshEmail("contact-editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(editorEmail, TestAccounts.PASSWORD);

    String list = editor.get("/admin/contact").body();
    assertThat(list).contains("Where is it?").contains(email);
    assertThat(editor.get("/admin").body()).contains("/admin/contact?status=NEW");

    Response answered =
        editor.post("/admin/contact/" + id + "/status", "status", "ANSWERED", "filter", "NEW");
    assertThat(answered.isRedirectTo("/admin/contact?status=NEW")).isTrue();
    editor.post("/admin/contact/" + id + "/status", "status", "ANSWERED");
    editor.post("/admin/contact/" + id + "/status", "status", "CLOSED");
    editor.post("/admin/contact/" + id + "/status", "status", "DELETED");

    assertThat(
            jdbc.sql("select status || ' ' || status_changed_by from contact_message where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .startsWith("CLOSED ");
    List<String> entries =
        jdbc.sql(
                "select action || ' ' || account_email || ' ' || before_state || ' '"
                    + " || after_state from audit_entry"
                    + " where object_type = 'message' and object_id = ? order by id")
            .param(String.valueOf(id))
            .query(String.class)
            .list();
    assertThat(entries)
        .containsExactly(
            "CONTACT_ANSWERED " + editorEmail + " {\"status\":\"NEW\"} {\"status\":\"ANSWERED\"}",
            "CONTACT_CLOSED " + editorEmail + " {\"status\":\"ANSWERED\"} {\"status\":\"CLOSED\"}");
    assertThat(editor.get("/admin/contact?status=CLOSED").body()).contains("Where is it?");
    assertThat(editor.get("/admin/contact?status=NEW").body()).doesNotContain("Where is it?");
  }

  @Test
  void theSecretariatsListCostsTheSameStatementsWithMoreMessages() {
    String editorEmail = TestAccounts.freshEmail("counting-editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(editorEmail, TestAccounts.PASSWORD);
    editor.get("/admin/contact");
    long before = statementsFor(editor, "/admin/contact");
    for (int i = 0; i < 30; i++) {
      contact.receive(
          "N" + i, TestAccounts.freshEmail("many"), "S" + i, "M" + i, "198.51.100." + i);
    }
    long after = statementsFor(editor, "/admin/contact");
    assertThat(after).isEqualTo(before);
    assertThat(before).isLessThanOrEqualTo(8);
    assertThat(editor.get("/admin/contact?page=1").status()).isEqualTo(200);
    assertThat(editor.get("/admin/contact?page=100000").status()).isEqualTo(404);
  }

  /** What a field of the page holds, as the browser reads it. */
  private static String typed(Response page, String field) {
    return org.jsoup.Jsoup.parse(page.body()).getElementById(field).val();
  }

  private static long statementsFor(PortalClient client, String path) {
    long start = QueryCounter.statements();
    assertThat(client.get(path).status()).isEqualTo(200);
    return QueryCounter.statements() - start;
  }
}
