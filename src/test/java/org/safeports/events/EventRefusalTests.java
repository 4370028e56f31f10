package org.safeports.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person the secretariat refused applies again, and the secretariat decides again. */
@PortalTest
class EventRefusalTests {

  @LocalServerPort int port;
  @Autowired TestEvents events;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aRefusedPersonMayApplyAgainButOnlyToTheSecretariatEvenWhereRegistrationIsOpen() {
    TestEvents.Made event =
        events.seminarFor("Second chance " + port, Instant.now().plus(Duration.ofDays(12)), 10);
    String email = TestAccounts.freshEmail("refused-again");
    long person = accounts.create(email, PortalRole.USER);
    PortalClient client = new PortalClient(port);
    client.signIn(email, TestAccounts.PASSWORD);
    String editorEmail = TestAccounts.freshEmail("refusing-editor");
    accounts.create(editorEmail, PortalRole.EDITOR);
    PortalClient editor = new PortalClient(port);
    editor.signIn(editorEmail, TestAccounts.PASSWORD);

    String register = "/events/" + event.slug() + "/register";
    assertThat(client.post(register).isRedirectTo("/account/events")).isTrue();
    assertThat(status(event.id(), person)).isEqualTo("CONFIRMED");
    long registration = registrationOf(event.id(), person);
    String admin = "/admin/events/" + event.id() + "/registrants/" + registration;
    assertThat(editor.post(admin + "/refuse").status()).isEqualTo(302);
    assertThat(status(event.id(), person)).isEqualTo("REFUSED");

    String form = client.get(register).body();
    assertThat(form)
        .contains("The secretariat refused your earlier registration for this event.")
        .contains("id=\"register\"");
    assertThat(client.post(register).isRedirectTo("/account/events")).isTrue();
    // Open registration, yet the new application waits for the secretariat: the same row.
    assertThat(status(event.id(), person)).isEqualTo("PENDING");
    assertThat(registrationOf(event.id(), person)).isEqualTo(registration);
    assertThat(client.get("/account/events").body()).contains("Second chance " + port);

    assertThat(editor.post(admin + "/approve").status()).isEqualTo(302);
    assertThat(status(event.id(), person)).isEqualTo("CONFIRMED");
  }

  private String status(long eventId, long person) {
    return jdbc.sql("select status from event_registration where event_id = ? and account_id = ?")
        .params(eventId, person)
        .query(String.class)
        .single();
  }

  private long registrationOf(long eventId, long person) {
    return jdbc.sql("select id from event_registration where event_id = ? and account_id = ?")
        .params(eventId, person)
        .query(Long.class)
        .single();
  }
}
