package org.safeports.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditFilter;
import org.safeports.platform.audit.AuditLog;
import org.safeports.platform.audit.AuditRecord;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalClient.Response;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat appoints delegates: an existing account at once, an address without one by an
 * invitation that creates the account; invitations expire and can be cancelled; delegates are
 * removed after a confirmation. Every step is in the audit log and the country's history; only
 * admins decide.
 */
@PortalTest
class DelegatesTests {

  static final String ADMIN = "admin@demo.safeports.org";
  static final String DEMO_PASSWORD = "harbour-demo-2026";
  static final String GOOD_PASSWORD = "quay-crane-moonlight-7";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired AuditLog audit;

  PortalClient signedIn(String email, String password) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, password).isRedirectTo("/")).isTrue();
    return client;
  }

  PortalClient admin() {
    return signedIn(ADMIN, DEMO_PASSWORD);
  }

  Response appoint(PortalClient client, String country, String email, String... more) {
    var form =
        PortalClient.pairs(
            "country",
            country,
            "email",
            email,
            "displayName",
            "",
            "position",
            "",
            "phone",
            "",
            "language",
            "en");
    form.putAll(PortalClient.pairs(more));
    client.get("/admin/members/delegates");
    return client.post("/admin/members/delegates", form);
  }

  String role(String email) {
    return jdbc.sql("select role || ' ' || country_code from account where email = ?")
        .param(email)
        .query(String.class)
        .single();
  }

  void awaitRole(String email, String expected) {
    await().atMost(Duration.ofSeconds(20)).until(() -> role(email).equals(expected));
  }

  Long delegateId(String email, String country) {
    return jdbc.sql(
            "select d.id from delegate d join account a on a.id = d.account_id"
                + " where a.email = ? and d.country_code = ?")
        .params(email, country)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  List<AuditRecord> entries(AuditAction action, String objectId) {
    return audit
        .find(new AuditFilter(null, action, "membership", null, null), PageRequest.of(0, 200))
        .getContent()
        .stream()
        .filter(r -> objectId.equals(r.objectId()))
        .toList();
  }

  String invitationLink(String email) {
    MailReader mail = new MailReader(jdbc);
    return MailReader.linkPath(mail.awaitLatest(email, "delegateInvitation", 0));
  }

  /** The value of the form field with this id, as a browser reads it. */
  static String value(String html, String id) {
    return org.jsoup.Jsoup.parse(html).getElementById(id).val();
  }

  /** The page's text, as a reader sees it. */
  static String text(String html) {
    return org.jsoup.Jsoup.parse(html).text();
  }

  static String word() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anExistingAccountIsAppointedAtOnceAndTheDecisionIsEverywhere() {
    String email = TestAccounts.freshEmail("appointee");
    accounts.create(email, PortalRole.USER);
    jdbc.sql("update account set display_name = ? where email = ?")
        .params("Ana Appointee " + word(), email)
        .update();
    String name =
        jdbc.sql("select display_name from account where email = ?")
            .param(email)
            .query(String.class)
            .single();
    PortalClient admin = admin();

    Response done =
        appoint(
            admin,
            "CR",
            email.toUpperCase(),
            "position",
            "Jefa de protección",
            "phone",
            "+506 2222 3333");
    assertThat(done.isRedirectTo("/admin/members/delegates")).as(done.body()).isTrue();
    Long id = delegateId(email, "CR");
    assertThat(id).isNotNull();
    awaitRole(email, "DELEGATE CR");

    String screen = text(admin.get("/admin/members/delegates").body());
    assertThat(screen).contains(name).contains("Jefa de protección").contains("+506 2222 3333");
    List<AuditRecord> appointed = entries(AuditAction.DELEGATE_APPOINTED, id.toString());
    assertThat(appointed).hasSize(1);
    assertThat(appointed.get(0).email()).isEqualTo(ADMIN);
    assertThat(appointed.get(0).after()).contains("\"country\":\"CR\"").contains(email);
    assertThat(new PortalClient(port).get("/members/cr/history").body()).contains(name);

    Response again = appoint(admin, "CR", email);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("id=\"email-error\"").contains("already a delegate");
    Response elsewhere = appoint(admin, "MX", email);
    assertThat(elsewhere.body()).contains("id=\"email-error\"").contains("another member state");
    assertThat(appoint(admin, "HT", email).body())
        .as("Haiti is not a TAG member")
        .contains("id=\"country-error\"");

    PortalClient delegate = signedIn(email, TestAccounts.PASSWORD);
    assertThat(delegate.get("/account").body()).contains("Delegate of a member state");
    assertThat(delegate.get("/library/country").status()).isEqualTo(200);

    // Made "not staff" on the user screen, the delegate keeps the role their membership gives.
    long accountId = accounts.idOf(email);
    String userScreen = admin.get("/admin/users/" + accountId).body();
    assertThat(userScreen).contains("/admin/members/delegates#country-CR");
    assertThat(
            admin
                .post("/admin/users/" + accountId + "/role", "role", "USER", "country", "HT")
                .isRedirectTo("/admin/users/" + accountId))
        .isTrue();
    assertThat(role(email)).isEqualTo("DELEGATE CR");
  }

  @Test
  void anInviteeWithoutAnAccountAcceptsSignedOutAfterFixingThePassword() {
    String email = TestAccounts.freshEmail("invitee");
    PortalClient admin = admin();
    Response invited =
        appoint(admin, "PA", email, "displayName", "Inés Invitada", "position", "Asesora");
    assertThat(invited.isRedirectTo("/admin/members/delegates")).isTrue();
    String link = invitationLink(email);
    assertThat(link).startsWith("/members/invitations/");
    assertThat(admin.get("/admin/members/delegates").body())
        .contains("Inés Invitada")
        .contains(email);

    PortalClient invitee = new PortalClient(port);
    String page = invitee.get(link).body();
    assertThat(page).contains("Panama");
    assertThat(value(page, "displayName")).isEqualTo("Inés Invitada");

    Response mismatch =
        invitee.post(
            link,
            "displayName",
            "Inés Invitada Ruiz",
            "password",
            GOOD_PASSWORD,
            "confirmPassword",
            GOOD_PASSWORD + "x");
    assertThat(mismatch.status()).isEqualTo(200);
    assertThat(mismatch.body()).contains("id=\"confirmPassword-error\"");
    assertThat(value(mismatch.body(), "displayName")).isEqualTo("Inés Invitada Ruiz");
    Response tooShort =
        invitee.post(
            link,
            "displayName",
            "Inés Invitada Ruiz",
            "password",
            "short",
            "confirmPassword",
            "short");
    assertThat(tooShort.body())
        .contains("id=\"password-error\"")
        .contains("at least 12 characters");
    assertThat(value(tooShort.body(), "displayName")).isEqualTo("Inés Invitada Ruiz");
    assertThat(
            jdbc.sql("select count(*) from account where email = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();

    Response accepted =
        invitee.post(
            link,
            "displayName",
            "Inés Invitada Ruiz",
            "password",
            GOOD_PASSWORD,
            "confirmPassword",
            GOOD_PASSWORD);
    assertThat(accepted.isRedirectTo("/sign-in")).as(accepted.body()).isTrue();
    awaitRole(email, "DELEGATE PA");
    assertThat(delegateId(email, "PA")).isNotNull();
    PortalClient delegate = signedIn(email, GOOD_PASSWORD);
    assertThat(delegate.get("/library/country").status()).isEqualTo(200);
    assertThat(text(delegate.get("/account").body()))
        .contains("Inés Invitada Ruiz")
        .contains("Asesora");

    Response used = new PortalClient(port).get(link);
    assertThat(used.status()).isEqualTo(410);
    assertThat(used.body()).contains("already been accepted");
    long invitation =
        jdbc.sql("select id from delegate_invitation where email = ?")
            .param(email)
            .query(Long.class)
            .single();
    List<AuditRecord> accepts =
        entries(AuditAction.INVITATION_ACCEPTED, String.valueOf(invitation));
    assertThat(accepts).hasSize(1);
    assertThat(accepts.get(0).email()).isEqualTo(email);
    assertThat(entries(AuditAction.INVITATION_SENT, String.valueOf(invitation))).hasSize(1);
  }

  @Test
  void aSignedInInviteeAcceptsWithOneButtonAndAnotherAccountCannot() {
    String email = TestAccounts.freshEmail("signed-in-invitee");
    PortalClient admin = admin();
    // The invitation goes out while the address has no account; the person signs up meanwhile.
    appoint(admin, "EC", email, "displayName", "Elena Signed");
    String link = invitationLink(email);
    accounts.create(email, PortalRole.USER);

    PortalClient other = signedIn(ADMIN, DEMO_PASSWORD);
    Response wrong = other.post(link);
    assertThat(wrong.body()).contains("signed in with another address");
    PortalClient signedOut = new PortalClient(port);
    Response exists =
        signedOut.post(
            link,
            "displayName",
            "Elena",
            "password",
            GOOD_PASSWORD,
            "confirmPassword",
            GOOD_PASSWORD);
    assertThat(exists.body()).contains("An account with this address exists already");

    PortalClient invitee = signedIn(email, TestAccounts.PASSWORD);
    assertThat(invitee.get(link).body())
        .contains("Accept the invitation")
        .doesNotContain("name=\"password\"");
    assertThat(invitee.post(link).isRedirectTo("/account")).isTrue();
    awaitRole(email, "DELEGATE EC");
  }

  @Test
  void anInviteeAppointedForAnotherCountryMeanwhileCannotAcceptAndStaysWhereTheyAre() {
    String email = TestAccounts.freshEmail("appointed-elsewhere");
    PortalClient admin = admin();
    appoint(admin, "EC", email, "displayName", "Elena Elsewhere");
    String link = invitationLink(email);
    accounts.create(email, PortalRole.USER);
    appoint(admin, "PA", email);
    awaitRole(email, "DELEGATE PA");

    PortalClient invitee = signedIn(email, TestAccounts.PASSWORD);
    Response refused = invitee.post(link);
    assertThat(text(invitee.get(refused.redirectPath()).body()))
        .contains("already the delegate of another member state");
    assertThat(delegateId(email, "EC")).isNull();
    assertThat(delegateId(email, "PA")).isNotNull();
    assertThat(role(email)).isEqualTo("DELEGATE PA");
  }

  @Test
  void anExpiredInvitationSaysSoAndCreatesNothing() {
    String email = TestAccounts.freshEmail("late");
    appoint(admin(), "GT", email, "displayName", "Tardío");
    String link = invitationLink(email);
    jdbc.sql("update delegate_invitation set expires_at = now() - interval '1 day' where email = ?")
        .param(email)
        .update();
    PortalClient invitee = new PortalClient(port);
    Response page = invitee.get(link);
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.body())
        .contains("This invitation has expired")
        .doesNotContain("name=\"password\"");
    Response posted =
        invitee.post(
            link,
            "displayName",
            "Tardío",
            "password",
            GOOD_PASSWORD,
            "confirmPassword",
            GOOD_PASSWORD);
    assertThat(posted.status()).isEqualTo(410);
    assertThat(
            jdbc.sql("select count(*) from account where email = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(new PortalClient(port).language("es").get(link).body())
        .contains("Esta invitación ha caducado");
  }

  @Test
  void aCancelledInvitationNoLongerWorks() {
    String email = TestAccounts.freshEmail("cancelled");
    PortalClient admin = admin();
    appoint(admin, "DO", email, "displayName", "Cancelada");
    String link = invitationLink(email);
    long id =
        jdbc.sql("select id from delegate_invitation where email = ?")
            .param(email)
            .query(Long.class)
            .single();
    Response cancelled = admin.post("/admin/members/delegates/invitations/" + id + "/cancel");
    assertThat(cancelled.isRedirectTo("/admin/members/delegates")).isTrue();
    assertThat(entries(AuditAction.INVITATION_CANCELLED, String.valueOf(id))).hasSize(1);
    Response page = new PortalClient(port).get(link);
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.body()).contains("cancelled this invitation");
    admin.post("/admin/members/delegates/invitations/" + id + "/cancel");
    assertThat(entries(AuditAction.INVITATION_CANCELLED, String.valueOf(id)))
        .as("cancelling twice records it once")
        .hasSize(1);
    assertThat(admin.get("/admin/members/delegates").body()).doesNotContain(email);
  }

  @Test
  void aDelegateIsRemovedAfterAConfirmationAndTheHistoryShowsItFirst() {
    String email = TestAccounts.freshEmail("removed");
    accounts.create(email, PortalRole.USER);
    String name = "Rodrigo Removido " + word();
    jdbc.sql("update account set display_name = ? where email = ?").params(name, email).update();
    PortalClient admin = admin();
    appoint(admin, "UY", email, "position", "Gerente");
    awaitRole(email, "DELEGATE UY");
    Long id = delegateId(email, "UY");

    String confirm = admin.get("/admin/members/delegates/" + id + "/remove").body();
    assertThat(confirm).contains(name).contains("Uruguay").contains("Remove the delegate");
    assertThat(delegateId(email, "UY")).as("opening the confirmation removes nothing").isNotNull();
    Response removed = admin.post("/admin/members/delegates/" + id + "/remove");
    assertThat(removed.isRedirectTo("/admin/members/delegates")).isTrue();
    assertThat(delegateId(email, "UY")).isNull();
    awaitRole(email, "USER UY");
    List<AuditRecord> entries = entries(AuditAction.DELEGATE_REMOVED, id.toString());
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).before()).contains("\"country\":\"UY\"");
    assertThat(admin.post("/admin/members/delegates/" + id + "/remove").status()).isEqualTo(404);

    String history = new PortalClient(port).get("/members/uy/history").body();
    int removal = history.indexOf(name + " no longer a delegate");
    int appointment = history.indexOf(name + " appointed delegate");
    assertThat(removal).isPositive();
    assertThat(appointment).isGreaterThan(removal);
    assertThat(new PortalClient(port).get("/members/UY/history").status()).isEqualTo(404);
    assertThat(new PortalClient(port).get("/members/zz/history").status()).isEqualTo(404);
  }

  @Test
  void theCsvHasABomAndNeutralisesFormulas() {
    String email = TestAccounts.freshEmail("formula");
    accounts.create(email, PortalRole.USER);
    jdbc.sql("update account set display_name = ? where email = ?")
        .params("=HYPERLINK(\"http://evil.example\")", email)
        .update();
    PortalClient admin = admin();
    appoint(admin, "JM", email, "position", "@SUM(A1:A2)", "phone", "+1 876 555 0100");
    var csv = admin.download("/admin/members/delegates.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    byte[] body = csv.body();
    assertThat(body[0] & 0xff).isEqualTo(0xEF);
    assertThat(body[1] & 0xff).isEqualTo(0xBB);
    assertThat(body[2] & 0xff).isEqualTo(0xBF);
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("'=HYPERLINK(")
        .contains("'@SUM(A1:A2)")
        .contains("'+1 876 555 0100")
        .contains(email)
        .doesNotContain(",=HYPERLINK")
        .doesNotContain(",@SUM");
    assertThat(text.lines().findFirst().orElse("")).contains("Country").contains("Position");
  }

  @Test
  void aGuessedTokenOpensNothing() {
    PortalClient visitor = new PortalClient(port);
    String guess = InvitationTokens.newToken();
    assertThat(visitor.get("/members/invitations/" + guess).status()).isEqualTo(404);
    Response posted =
        visitor.post(
            "/members/invitations/" + guess,
            "displayName",
            "Mallory",
            "password",
            GOOD_PASSWORD,
            "confirmPassword",
            GOOD_PASSWORD);
    assertThat(posted.status()).isEqualTo(404);
    assertThat(visitor.get("/members/invitations/").status()).isIn(404, 405);
  }

  @Test
  void anEditorOrADelegateOfAnotherCountryCannotAppointOrRemove() {
    String target = TestAccounts.freshEmail("target");
    accounts.create(target, PortalRole.USER);
    String editorEmail = TestAccounts.freshEmail("editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    PortalClient editor = signedIn(editorEmail, TestAccounts.PASSWORD);
    String screen = editor.get("/admin/members/delegates").body();
    assertThat(screen).contains("Only the secretariat").doesNotContain("id=\"appoint-heading\"");
    assertThat(editor.download("/admin/members/delegates.csv").status()).isEqualTo(200);
    assertThat(appoint(editor, "CR", target).status()).isEqualTo(403);

    String brazilian = TestAccounts.freshEmail("delegate-br");
    accounts.create(brazilian, PortalRole.DELEGATE);
    PortalClient delegate = signedIn(brazilian, TestAccounts.PASSWORD);
    assertThat(appoint(delegate, "BR", target).status()).isEqualTo(403);
    assertThat(delegate.get("/admin/members/delegates").status()).isEqualTo(403);

    Long peru = delegateId("delegate@demo.safeports.org", "PE");
    assertThat(peru).isNotNull();
    assertThat(editor.post("/admin/members/delegates/" + peru + "/remove").status()).isEqualTo(403);
    assertThat(delegate.post("/admin/members/delegates/" + peru + "/remove").status())
        .isEqualTo(403);
    assertThat(delegateId("delegate@demo.safeports.org", "PE")).isEqualTo(peru);
    assertThat(delegateId(target, "CR")).isNull();
    assertThat(delegateId(target, "PE")).isNull();
  }
}
