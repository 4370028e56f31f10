package org.safeports.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.DemoMode;
import org.safeports.platform.text.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's surveys ({@code demo/surveys/*.json}): the 2010 survey on ISO 28000 closed with the
 * four states' answers, the questionnaire on the group's activities open with Peru's draft, and the
 * open request for contingency plans. Built through {@link SurveyBuilding} as the secretariat
 * would, so the audit log holds the steps; a survey whose address exists is left alone, so a
 * restart adds nothing. The closed survey is then dated back to when it ran, for its results and
 * the brief {@link DemoSurveyBriefs} writes after this.
 */
@Component
class DemoSurveys {

  private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
  private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
  private static final String EDITOR = "editor@demo.safeports.org";

  /** One demo survey as its file holds it. */
  record Seed(
      SurveyKind kind,
      SurveyAudience audience,
      SurveyStatus status,
      Instant opensAt,
      Instant closesAt,
      Integer closesInDays,
      Map<String, String> title,
      Map<String, String> introduction,
      Questionnaire questionnaire,
      List<SeedResponse> responses) {}

  /** A member state's response: submitted when it has a time, else a draft. */
  record SeedResponse(
      String country,
      String language,
      String by,
      Instant submittedAt,
      Map<String, Answer> answers) {}

  private final DemoMode demoMode;
  private final SurveyBuilding building;
  private final SurveyRepository surveys;
  private final SurveyResponseRepository responses;
  private final Questionnaires json;
  private final MemberAccounts accounts;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoSurveys(
      DemoMode demoMode,
      SurveyBuilding building,
      SurveyRepository surveys,
      SurveyResponseRepository responses,
      Questionnaires json,
      MemberAccounts accounts,
      JdbcClient jdbc,
      Clock clock) {
    this.demoMode = demoMode;
    this.building = building;
    this.surveys = surveys;
    this.responses = responses;
    this.json = json;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(90)
  @Transactional
  public void load() {
    if (!demoMode.isEnabled()) {
      return;
    }
    var editor = accounts.byEmail(EDITOR);
    if (editor.isEmpty()) {
      return;
    }
    int made = 0;
    for (Seed seed : seeds()) {
      if (surveys.existsBySlug(Slugs.of(seed.title().get("es"), 100))) {
        continue;
      }
      make(seed, editor.get().id());
      made++;
    }
    if (made > 0) {
      log.info("Loaded {} demo surveys", made);
    }
  }

  private void make(Seed seed, long editorId) {
    SurveySettingsForm form = new SurveySettingsForm();
    form.setOriginalLanguage("es");
    form.setKind(seed.kind());
    form.setAudience(seed.audience());
    form.getTitle().putAll(seed.title());
    form.getIntroduction().putAll(seed.introduction());
    if (seed.closesInDays() != null) {
      form.setClosesOn(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(seed.closesInDays()));
    }
    long id = building.create(form, editorId);
    building.newest(id).rewrite(json.write(seed.questionnaire()));
    building.open(id);
    Survey survey = building.survey(id);
    for (SeedResponse given : seed.responses()) {
      Long by =
          given.by() == null
              ? null
              : accounts.byEmail(given.by()).map(MemberAccount::id).orElse(null);
      SurveyResponse response =
          new SurveyResponse(id, survey.currentVersionId(), by, given.country(), given.language());
      response.save(json.write(new Answers(given.answers())), by, given.language());
      if (given.submittedAt() != null) {
        response.submit(by, given.submittedAt());
      }
      responses.save(response);
    }
    if (seed.status() == SurveyStatus.CLOSED) {
      building.close(id);
      surveys.flush();
      jdbc.sql("update survey set opens_at = ?, closes_at = ? where id = ?")
          .params(Timestamp.from(seed.opensAt()), Timestamp.from(seed.closesAt()), id)
          .update();
      jdbc.sql("update survey_response set updated_at = submitted_at where survey_id = ?")
          .params(id)
          .update();
    }
  }

  private static List<Seed> seeds() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:demo/surveys/*.json");
      return Arrays.stream(files)
          .sorted(Comparator.comparing(Resource::getFilename))
          .map(DemoSurveys::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Seed read(Resource file) {
    try (InputStream in = file.getInputStream()) {
      return JSON.readValue(in, Seed.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
