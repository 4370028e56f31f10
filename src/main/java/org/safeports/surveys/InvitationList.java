package org.safeports.surveys;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who a survey asked, for the editor: invited, reminded, answered, or mail undeliverable. */
@Service
@Transactional(readOnly = true)
class InvitationList {

  /** One invitation as the invitations page lists it. */
  record Row(
      long id,
      String email,
      String countryCode,
      Instant invitedAt,
      int remindersSent,
      Instant lastRemindedAt,
      Instant lastCallSentAt,
      Instant undeliverableAt,
      boolean answered) {}

  private final JdbcClient jdbc;

  InvitationList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> of(long surveyId, boolean perState) {
    return jdbc.sql(
            """
            select i.id, i.email, i.country_code, i.invited_at, i.reminders_sent,
                   i.last_reminded_at, i.last_call_sent_at, i.undeliverable_at,
                   not (%s) as answered
            from survey_invitation i where i.survey_id = :sid
            order by i.country_code nulls last, i.email
            """
                .formatted(SurveyInvitations.NOT_ANSWERED))
        .param("sid", surveyId)
        .param("perState", perState)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getString("email"),
                    rs.getString("country_code"),
                    SurveyRecords.instant(rs, "invited_at"),
                    rs.getInt("reminders_sent"),
                    SurveyRecords.instant(rs, "last_reminded_at"),
                    SurveyRecords.instant(rs, "last_call_sent_at"),
                    SurveyRecords.instant(rs, "undeliverable_at"),
                    rs.getBoolean("answered")))
        .list();
  }
}
