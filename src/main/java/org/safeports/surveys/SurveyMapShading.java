package org.safeports.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeports.membership.MapShading;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The members' map shaded by each member state's participation in every survey and data call opened
 * so far (open and closed): none answered, fewer than half, half or more, all. Like the country
 * pages' section, it is for members (associate members and above): visitors see the map unshaded.
 */
@Component
class SurveyMapShading implements MapShading {

  private final SurveyParticipation participation;
  private final MessageSource messages;

  SurveyMapShading(SurveyParticipation participation, MessageSource messages) {
    this.participation = participation;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Shading> of(Locale locale, Viewer viewer) {
    if (viewer == null || !viewer.has(PortalRole.ASSOCIATE.name())) {
      return Optional.empty();
    }
    SurveyParticipation.Overview overview = participation.overview(locale);
    int surveys = overview.surveys().size();
    if (surveys == 0) {
      return Optional.empty();
    }
    Map<String, Shade> states = new HashMap<>();
    for (SurveyParticipation.OverviewRow row : overview.rows()) {
      long started =
          row.stages().stream().filter(s -> s == SurveyParticipation.Stage.STARTED).count();
      states.put(
          row.code(),
          new Shade(
              level(row.answered(), surveys),
              text("surveys.map.state", locale, row.answered(), surveys, started)));
    }
    return Optional.of(
        new Shading(
            text("surveys.map.heading", locale, surveys),
            List.of(
                text("surveys.map.level0", locale),
                text("surveys.map.level1", locale),
                text("surveys.map.level2", locale),
                text("surveys.map.level3", locale)),
            states));
  }

  /** 0: none answered; 1: fewer than half; 2: half or more, not all; 3: all. */
  static int level(long answered, int surveys) {
    if (answered <= 0) {
      return 0;
    }
    if (answered >= surveys) {
      return 3;
    }
    return answered * 2 < surveys ? 1 : 2;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
