package org.safeports.surveys;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.membership.MemberStates;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which member states answered which surveys and data calls: per survey (answered, started, not
 * opened, last reminded) and across all of them. A state's answer is its delegates' for a survey of
 * the states, and any answer of a person of that country for the others. Country pages read {@link
 * #answeredBy} through this class, the one part of surveys other modules may use.
 */
@Service
@Transactional(readOnly = true)
public class SurveyParticipation {

  /** How far a member state got with one survey. */
  public enum Stage {
    ANSWERED,
    STARTED,
    NOT_OPENED
  }

  /** One member state's standing in one survey. */
  record StateRow(String code, String name, Stage stage, Instant lastReminded) {}

  /** Every opened survey, and each member state's stage in each (in the surveys' order). */
  record Overview(List<SurveyRecords.Head> surveys, List<OverviewRow> rows) {}

  record OverviewRow(String code, String name, List<Stage> stages, long answered) {}

  /** A survey a state answered, in the reader's language. */
  public record Answered(String title, String slug, Instant closesAt, boolean briefPublished) {}

  private record Given(long surveyId, String country, Long personId, boolean submitted) {}

  private final JdbcClient jdbc;
  private final SurveyRecords records;
  private final MemberStates states;
  private final MemberAccounts accounts;

  SurveyParticipation(
      JdbcClient jdbc, SurveyRecords records, MemberStates states, MemberAccounts accounts) {
    this.jdbc = jdbc;
    this.records = records;
    this.states = states;
    this.accounts = accounts;
  }

  List<StateRow> ofSurvey(long surveyId, Locale locale) {
    records.head(surveyId, Language.of(locale).code()).orElseThrow(NotFoundException::new);
    Map<String, Stage> stages = stages(given(surveyId)).getOrDefault(surveyId, Map.of());
    Map<String, Instant> reminded = new HashMap<>();
    jdbc.sql(
            """
            select country_code, max(greatest(last_reminded_at, last_call_sent_at))
            from survey_invitation where survey_id = :id and country_code is not null
            group by country_code
            """)
        .param("id", surveyId)
        .query(
            rs -> {
              Instant at = SurveyRecords.instant(rs, 2);
              if (at != null) {
                reminded.put(rs.getString(1), at);
              }
            });
    return states.oasStates(locale).stream()
        .map(
            c ->
                new StateRow(
                    c.code(),
                    c.name(),
                    stages.getOrDefault(c.code(), Stage.NOT_OPENED),
                    reminded.get(c.code())))
        .toList();
  }

  Overview overview(Locale locale) {
    List<SurveyRecords.Head> surveys = records.opened(Language.of(locale).code());
    Map<Long, Map<String, Stage>> stages = stages(given(null));
    List<OverviewRow> rows =
        states.oasStates(locale).stream()
            .map(
                c -> {
                  List<Stage> row =
                      surveys.stream()
                          .map(
                              s ->
                                  stages
                                      .getOrDefault(s.id(), Map.of())
                                      .getOrDefault(c.code(), Stage.NOT_OPENED))
                          .toList();
                  return new OverviewRow(
                      c.code(),
                      c.name(),
                      row,
                      row.stream().filter(s -> s == Stage.ANSWERED).count());
                })
            .toList();
    return new Overview(surveys, rows);
  }

  /** The closed surveys this member state answered, the latest first. */
  public List<Answered> answeredBy(String countryCode, Locale locale) {
    Map<Long, Map<String, Stage>> stages = stages(given(null));
    Set<Long> briefs =
        Set.copyOf(
            jdbc.sql("select survey_id from survey_brief where published_at is not null")
                .query(Long.class)
                .list());
    return records.opened(Language.of(locale).code()).stream()
        .filter(s -> s.status().equals("CLOSED"))
        .filter(s -> stages.getOrDefault(s.id(), Map.of()).get(countryCode) == Stage.ANSWERED)
        .map(s -> new Answered(s.title(), s.slug(), s.closesAt(), briefs.contains(s.id())))
        .sorted(
            (a, b) ->
                Objects.compare(
                    b.closesAt(),
                    a.closesAt(),
                    (x, y) -> x == null ? -1 : y == null ? 1 : x.compareTo(y)))
        .toList();
  }

  /** How many member states there are, for "answered 4 of 35". */
  int stateCount() {
    return states.oasStates(Locale.ENGLISH).size();
  }

  /** Responses of one survey, or of every opened one (null). */
  private List<Given> given(Long surveyId) {
    List<Given> given =
        jdbc.sql(
                """
                select r.survey_id, r.country_code, coalesce(r.submitted_by_id, r.account_id),
                       r.status = 'SUBMITTED'
                from survey_response r join survey s on s.id = r.survey_id
                where s.status <> 'DRAFT' and (cast(:id as bigint) is null or r.survey_id = :id)
                """)
            .param("id", surveyId)
            .query(
                (rs, n) ->
                    new Given(
                        rs.getLong(1),
                        rs.getString(2),
                        SurveyRecords.nullableLong(rs, 3),
                        rs.getBoolean(4)))
            .list();
    Set<Long> unplaced =
        given.stream()
            .filter(g -> g.country() == null && g.personId() != null)
            .map(Given::personId)
            .collect(Collectors.toSet());
    Map<Long, String> countries =
        accounts.byIds(unplaced).stream()
            .filter(a -> a.countryCode() != null)
            .collect(Collectors.toMap(MemberAccount::id, MemberAccount::countryCode));
    return given.stream()
        .map(
            g ->
                g.country() != null
                    ? g
                    : new Given(
                        g.surveyId(), countries.get(g.personId()), g.personId(), g.submitted()))
        .filter(g -> g.country() != null)
        .toList();
  }

  /** Per survey, per country: answered if any answer was submitted, started if one is a draft. */
  private static Map<Long, Map<String, Stage>> stages(List<Given> given) {
    return given.stream()
        .collect(
            Collectors.groupingBy(
                Given::surveyId,
                Collectors.toMap(
                    Given::country,
                    g -> g.submitted() ? Stage.ANSWERED : Stage.STARTED,
                    (a, b) -> a == Stage.ANSWERED || b == Stage.ANSWERED ? Stage.ANSWERED : a)));
  }
}
