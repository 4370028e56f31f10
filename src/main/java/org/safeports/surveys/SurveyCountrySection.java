package org.safeports.surveys;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.membership.CountryActivity;
import org.safeports.membership.CountrySection;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A member state's page shows members (associate members and above) which closed surveys the state
 * answered. Visitors see nothing of it: whether a state answered is the membership's business, and
 * a public tally of who did not answer would shame rather than help.
 */
@Component
class SurveyCountrySection implements CountryActivity {

  private final SurveyParticipation participation;
  private final MessageSource messages;

  SurveyCountrySection(SurveyParticipation participation, MessageSource messages) {
    this.participation = participation;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<CountrySection> of(String countryCode, Locale locale, Viewer viewer) {
    if (!viewer.has(PortalRole.ASSOCIATE.name())) {
      return Optional.empty();
    }
    List<SurveyParticipation.Answered> answered = participation.answeredBy(countryCode, locale);
    List<CountrySection.Line> lines =
        answered.stream()
            .map(
                a ->
                    new CountrySection.Line(
                        a.title(),
                        a.briefPublished() ? "/surveys/" + a.slug() + "/brief" : "/surveys",
                        a.closesAt() == null
                            ? null
                            : a.closesAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        null))
            .toList();
    return Optional.of(
        new CountrySection(
            text("surveys.participation.countrySection.heading", locale),
            null,
            null,
            lines,
            text("surveys.participation.countrySection.empty", locale),
            null,
            null));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
