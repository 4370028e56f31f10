package org.safeports.membership;

import java.util.List;
import org.safeports.platform.audit.AuditActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Associate members' applications made for a test, and the throttle's hour made to pass. */
@Component
public class TestAssociates {

  private final AssociateApplying applying;
  private final AssociateDecisions decisions;
  private final AssociateExpiry expiry;
  private final JdbcClient jdbc;

  TestAssociates(
      AssociateApplying applying,
      AssociateDecisions decisions,
      AssociateExpiry expiry,
      JdbcClient jdbc) {
    this.applying = applying;
    this.decisions = decisions;
    this.expiry = expiry;
    this.jdbc = jdbc;
  }

  /**
   * An application as the form takes it (from no client address, so the address throttle does not
   * count it), confirmed at once when asked; answers its id.
   */
  public long apply(
      String organisation,
      String kind,
      String country,
      String name,
      String position,
      String email,
      String motivation,
      String language,
      boolean confirmed) {
    applying.apply(
        new AssociateApplicationForm(
            organisation,
            kind,
            country,
            "https://www.example.org",
            name,
            position,
            email,
            motivation,
            List.of("STANDARDS"),
            true,
            null),
        language,
        null);
    long id = idOf(email);
    if (confirmed) {
      jdbc.sql(
              "update associate_application set state = 'QUEUED', confirm_hash = null,"
                  + " queued_at = now() where id = ?")
          .param(id)
          .update();
    }
    return id;
  }

  public void ask(long id, String question) {
    decisions.ask(id, question, new AuditActor(null, "secretariat@test.safeports.org", "Test"));
  }

  public void answer(long id, String message) {
    applying.answer(threadToken(id), message);
  }

  public void approve(long id) {
    decisions.approve(id, new AuditActor(null, "secretariat@test.safeports.org", "Test"));
  }

  public void decline(long id, String reason) {
    decisions.decline(id, reason, new AuditActor(null, "secretariat@test.safeports.org", "Test"));
  }

  public String threadToken(long id) {
    return jdbc.sql("select thread_token from associate_application where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  public String state(long id) {
    return jdbc.sql("select state from associate_application where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  public long idOf(String email) {
    return jdbc.sql(
            "select id from associate_application where lower(email) = lower(?)"
                + " order by id desc limit 1")
        .param(email)
        .query(Long.class)
        .single();
  }

  /** Runs the daily job that removes applications never confirmed. */
  public void removeUnconfirmed() {
    expiry.removeUnconfirmed();
  }

  /** Applications never confirmed that were sent more than seven days ago. */
  public long expiredUnconfirmed() {
    return jdbc.sql(
            "select count(*) from associate_application where state = 'UNCONFIRMED'"
                + " and applied_at <= now() - interval '7 days'")
        .query(Long.class)
        .single();
  }

  /** Moves every application two hours into the past, as if the throttle's hour had gone by. */
  public void letTheHourPass() {
    jdbc.sql("update associate_application set applied_at = applied_at - interval '2 hours'")
        .update();
  }
}
