package org.safeports.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A survey invitation's mail that the outbox gives up marks the invitation undeliverable. */
@PortalTest
class SurveyMailTests {

  @Autowired JdbcClient jdbc;
  @Autowired MailOutbox outbox;
  @Autowired OutboxClaims claims;
  @Autowired TestAccounts accounts;

  @Test
  void aGivenUpInvitationIsMarkedUndeliverable() {
    long editor =
        accounts.create(
            TestAccounts.freshEmail("mail-editor"),
            org.safeports.platform.security.PortalRole.EDITOR);
    long survey =
        jdbc.sql(
                """
                insert into survey (slug, original_language, audience, created_by_id,
                                    created_at, updated_at)
                values (?, 'en', 'PFSOS', ?, now(), now()) returning id
                """)
            .params("mail-" + UUID.randomUUID(), editor)
            .query(Long.class)
            .single();
    String email = TestAccounts.freshEmail("nobody");
    long invitation =
        jdbc.sql(
                "insert into survey_invitation (survey_id, email, invited_at)"
                    + " values (?, ?, now()) returning id")
            .params(survey, email)
            .query(Long.class)
            .single();
    outbox.enqueueAbout(
        SurveyMail.ABOUT + invitation, email, "en", "survey.invitation", "T", "http://x/", "none");
    long mail =
        jdbc.sql("select id from outbox_mail where recipient = ?")
            .param(email)
            .query(Long.class)
            .single();
    // The last attempt the outbox allows, claimed by this test's sender.
    UUID token = UUID.randomUUID();
    jdbc.sql(
            "update outbox_mail set status = 'PENDING', attempts = ?, claim_token = ?,"
                + " claimed_until = now() + interval '1 hour' where id = ?")
        .params(OutboxMail.MAX_ATTEMPTS - 1, token, mail)
        .update();
    claims.failed(
        new OutboxClaims.ClaimedMail(mail, token, email, "s", "b", null),
        "550 unknown",
        Instant.now());
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                jdbc.sql("select undeliverable_at is not null from survey_invitation where id = ?")
                    .param(invitation)
                    .query(Boolean.class)
                    .single());
    assertThat(
            jdbc.sql("select status from outbox_mail where id = ?")
                .param(mail)
                .query(String.class)
                .single())
        .isEqualTo("FAILED");
  }
}
