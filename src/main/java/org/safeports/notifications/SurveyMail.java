package org.safeports.notifications;

import java.time.ZoneOffset;
import java.util.Locale;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.web.LongDates;
import org.safeports.surveys.SurveyBriefPublished;
import org.safeports.surveys.SurveyInvitations;
import org.safeports.surveys.SurveyMailDue;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Survey invitations, reminders and last calls, each in its reader's language, each naming its
 * invitation so that a mail the outbox gives up is marked undeliverable for the editor.
 */
@Component
class SurveyMail {

  static final String ABOUT = "survey-invitation:";

  private final MailOutbox outbox;
  private final PortalProperties properties;
  private final SurveyInvitations invitations;

  SurveyMail(MailOutbox outbox, PortalProperties properties, SurveyInvitations invitations) {
    this.outbox = outbox;
    this.properties = properties;
    this.invitations = invitations;
  }

  @ApplicationModuleListener
  void on(SurveyMailDue event) {
    for (SurveyMailDue.Letter letter : event.letters()) {
      String kind =
          switch (letter.kind()) {
            case INVITATION -> "survey.invitation";
            case REMINDER -> "survey.reminder";
            case LAST_CALL -> "survey.lastCall";
          };
      String due =
          letter.closesAt() == null
              ? "none"
              : new LongDates(Locale.forLanguageTag(letter.language()))
                  .date(letter.closesAt().atOffset(ZoneOffset.UTC).toLocalDate());
      outbox.enqueueAbout(
          ABOUT + letter.invitationId(),
          letter.email(),
          letter.language(),
          kind,
          letter.title(),
          properties.link(letter.path()),
          due);
    }
  }

  @ApplicationModuleListener
  void on(SurveyBriefPublished event) {
    for (SurveyBriefPublished.Reader reader : event.readers()) {
      outbox.enqueue(
          reader.email(),
          reader.language(),
          "survey.brief",
          reader.title(),
          properties.link(reader.path()),
          reader.summary());
    }
  }

  @EventListener
  void on(MailGivenUp event) {
    if (event.about().startsWith(ABOUT)) {
      invitations.undeliverable(
          Long.parseLong(event.about().substring(ABOUT.length())), event.at());
    }
  }
}
