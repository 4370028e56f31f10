package org.safeports.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.membership.TestMemberStates;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.MailReader;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.safeports.voices.TestPieces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly summary mail: each delegate gets their country's figures beside the region's median,
 * in their language, through the outbox; never twice for one month; not at all once they untick the
 * box on their participation page.
 */
@PortalTest
class MonthlySummaryTests {

  static final YearMonth MONTH = YearMonth.of(2025, 3);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestAccounts accounts;
  @Autowired TestMemberStates states;
  @Autowired TestPieces pieces;
  @Autowired MonthlySummaries summaries;

  String delegate(String country, String language) {
    String email = TestAccounts.freshEmail("summary-delegate");
    long id = accounts.create(email, PortalRole.DELEGATE);
    jdbc.sql("update account set country_code = ?, language = ? where id = ?")
        .param(country)
        .param(language)
        .param(id)
        .update();
    states.delegate(country, id, "Delegate", null);
    return email;
  }

  @Test
  void eachDelegateGetsTheirCountrysMonthOnceInTheirLanguage() {
    String guyana = delegate("GY", "es");
    long piece = pieces.submittedBySomeoneElse("Piece from Guyana");
    jdbc.sql(
            "update voices_piece set country_code = 'GY', submitted_at = '2025-03-10T00:00:00Z'"
                + " where id = ?")
        .param(piece)
        .update();
    MailReader mail = new MailReader(jdbc);

    summaries.send(MONTH);
    String body = mail.awaitLatest(guyana, "participation.summary", 0);
    assertThat(body)
        .contains("Guyana")
        .contains("marzo 2025")
        .contains("Artículos de Port Voices: 1 (mediana 0)")
        .contains("Respuestas a encuestas: 0 (mediana 0)")
        .contains("/account/participation");

    // A second run of the same month (another instance, a retry) sends nothing more.
    summaries.send(MONTH);
    summaries.send(MONTH);
    assertThat(
            jdbc.sql(
                    "select count(*) from participation_summary_sent s join account a"
                        + " on a.id = s.account_id where a.email = ?")
                .param(guyana)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(mail.count(guyana, "participation.summary")).isEqualTo(1);
  }

  @Test
  void aDelegateWhoUntickedTheBoxGetsNoSummary() throws InterruptedException {
    String suriname = delegate("SR", "en");
    PortalClient client = new PortalClient(port);
    client.signIn(suriname, TestAccounts.PASSWORD);
    String page = client.get("/account/participation").body();
    assertThat(page).contains("name=\"monthly\"").contains("checked");
    // The box unticked: a browser sends no field at all.
    client.post("/account/participation/mail");
    assertThat(client.get("/account/participation").body())
        .contains("Your choice of the monthly summary is saved.")
        .doesNotContain("checked=\"checked\"");

    String other = delegate("BS", "fr");
    MailReader mail = new MailReader(jdbc);
    summaries.send(YearMonth.of(2025, 2));
    mail.awaitLatest(other, "participation.summary", 0);
    assertThat(mail.count(suriname, "participation.summary")).isZero();

    // Ticked again, the next month's comes.
    client.post("/account/participation/mail", "monthly", "true");
    summaries.send(YearMonth.of(2025, 1));
    assertThat(mail.awaitLatest(suriname, "participation.summary", 0))
        .contains("Suriname")
        .contains("January 2025");
  }
}
