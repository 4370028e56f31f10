package org.safeports.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** PFSO requests and delegate rows made for a test, written directly. */
@Component
public class TestPfsos {

  private final JdbcClient jdbc;
  private final PfsoRequests requests;

  TestPfsos(JdbcClient jdbc, PfsoRequests requests) {
    this.jdbc = jdbc;
    this.requests = requests;
  }

  /** Records the account as a delegate of the country. */
  public void delegate(long accountId, String countryCode) {
    jdbc.sql(
            """
            insert into delegate (country_code, account_id, position, phone, appointed_at)
            values (:code, :account, 'Delegate', '+1 555 0100', now())
            """)
        .param("code", countryCode)
        .param("account", accountId)
        .update();
  }

  /** A request waiting for a decision, with a small PDF letter. */
  public long pending(long accountId, String countryCode, String facility) {
    PfsoForm form =
        new PfsoForm(
            countryCode, "Port " + countryCode, facility, null, "PFSO", "Terminal S.A.", null);
    long id = requests.insert(accountId, form, "en", null, Instant.now());
    requests.storeDocument(id, DemoPfsos.letter(form, "Test"), Instant.now());
    return id;
  }

  /** An approved verification with this last day, decided on {@code decidedAt}. */
  public long approved(
      long accountId, String countryCode, LocalDate validUntil, Instant decidedAt) {
    long id = pending(accountId, countryCode, "Facility " + countryCode);
    requests.approve(id, accountId, decidedAt, validUntil, decidedAt.plus(365, ChronoUnit.DAYS));
    return id;
  }

  /** A small letter of appointment as a PDF. */
  public static byte[] letterPdf() {
    return DemoPfsos.letter(
            new PfsoForm("PE", "Callao", "Muelle", "PECLL-0001", "PFSO", "Terminal S.A.", null),
            "Test")
        .content();
  }

  public boolean hasDocument(long requestId) {
    return requests.documentContent(requestId).isPresent();
  }

  /** Moves the document's deletion date into the past, as if its decision were a year old. */
  public void documentDue(long requestId) {
    jdbc.sql("update pfso_document set delete_after = :t where request_id = :id")
        .param("t", Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)))
        .param("id", requestId)
        .update();
  }

  public String state(long requestId) {
    return jdbc.sql("select state from pfso_request where id = :id")
        .param("id", requestId)
        .query(String.class)
        .single();
  }

  public void language(long accountId, String language) {
    jdbc.sql("update account set language = :l where id = :id")
        .param("l", language)
        .param("id", accountId)
        .update();
  }
}
