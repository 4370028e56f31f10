package org.safeports.surveys;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.membership.MemberStates;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results for the secretariat: the submitted answers counted per question, filtered by
 * the respondents' country and role, compared with the earlier wave when there is one. A filter
 * that leaves fewer answers than the survey's privacy threshold shows nothing but that count, so
 * that no single respondent's answers can be picked out by country.
 */
@Service
@Transactional(readOnly = true)
class SurveyResults {

  /** The roles results can be filtered by: those who answer surveys. */
  static final List<PortalRole> RESPONDENT_ROLES =
      List.of(PortalRole.DELEGATE, PortalRole.PFSO, PortalRole.ASSOCIATE, PortalRole.USER);

  /** Whose answers to count: a member state's code and a role, each null for all. */
  record Filter(String country, PortalRole role) {
    static final Filter ALL = new Filter(null, null);

    boolean any() {
      return country != null || role != null;
    }

    /** This filter without a role the survey's audience does not tell apart. */
    Filter within(SurveyAudience audience) {
      return role == null || audience.filterRoles().contains(role)
          ? this
          : new Filter(country, null);
    }
  }

  /** How many submitted answers came from people of a role; the count alone. */
  record RoleCount(PortalRole role, long answers) {}

  /** How many submitted answers came from a country; the count alone, never the answers. */
  record CountryCount(String code, String name, long answers, boolean belowThreshold) {}

  /** A submitted response with its respondent's country and role, as filters and exports see. */
  record Respondent(SurveyRecords.Response response, String country, PortalRole role) {}

  record Results(
      SurveyRecords.Head survey,
      Filter filter,
      long submitted,
      long drafts,
      boolean hiddenByThreshold,
      List<ResultsTally.QuestionResult> questions,
      List<CountryCount> countries,
      List<RoleCount> roles,
      SurveyRecords.Head earlierWave) {}

  private final SurveyRecords records;
  private final MemberAccounts accounts;
  private final MemberStates states;
  private final MessageSource messages;

  SurveyResults(
      SurveyRecords records, MemberAccounts accounts, MemberStates states, MessageSource messages) {
    this.records = records;
    this.accounts = accounts;
    this.states = states;
    this.messages = messages;
  }

  /** The filter as asked, with a country that is no member state and a non-respondent role off. */
  Filter filter(String country, PortalRole role) {
    return new Filter(
        country != null && states.isOasState(country) ? country : null,
        role != null && RESPONDENT_ROLES.contains(role) ? role : null);
  }

  /**
   * The results under a filter. Any filter, by country or by role, that leaves fewer answers than
   * the threshold shows only that count: the one PFSO who answered a survey of registered users is
   * as recognisable as the one respondent of a country.
   */
  Results of(long surveyId, Filter asked, Locale locale) {
    String language = Language.of(locale).code();
    SurveyRecords.Head survey =
        records.head(surveyId, language).orElseThrow(NotFoundException::new);
    Filter filter = asked.within(survey.audience());
    List<SurveyRecords.Response> all = records.responses(surveyId);
    List<Respondent> submitted = respondents(all);
    List<Respondent> chosen = submitted.stream().filter(r -> matches(r, filter)).toList();
    boolean hidden = filter.any() && chosen.size() < survey.privacyThreshold();
    SurveyRecords.Head earlier =
        survey.previousWaveId() == null
            ? null
            : records.head(survey.previousWaveId(), language).orElse(null);
    Map<String, Map<String, Integer>> earlierShares =
        earlier == null || hidden ? Map.of() : shares(earlier, locale);
    List<ResultsTally.QuestionResult> questions =
        hidden
            ? List.of()
            : tally(
                survey,
                chosen.stream().map(r -> r.response().answers()).toList(),
                locale,
                earlier == null ? null : earlierShares);
    return new Results(
        survey,
        filter,
        chosen.size(),
        all.stream().filter(r -> r.status().equals("DRAFT")).count(),
        hidden,
        questions,
        countries(submitted, survey.privacyThreshold(), locale),
        roles(submitted, survey.audience()),
        earlier);
  }

  /** The submitted responses that the filter keeps, for the exports. */
  List<Respondent> exported(long surveyId, Filter asked) {
    SurveyRecords.Head survey = records.head(surveyId, "en").orElseThrow(NotFoundException::new);
    Filter filter = asked.within(survey.audience());
    List<Respondent> chosen =
        respondents(records.responses(surveyId)).stream().filter(r -> matches(r, filter)).toList();
    return filter.any() && chosen.size() < survey.privacyThreshold() ? List.of() : chosen;
  }

  Questionnaire layout(long surveyId) {
    return records.layout(surveyId);
  }

  SurveyRecords.Head head(long surveyId, Locale locale) {
    return records.head(surveyId, Language.of(locale).code()).orElseThrow(NotFoundException::new);
  }

  private List<ResultsTally.QuestionResult> tally(
      SurveyRecords.Head survey,
      List<Answers> answers,
      Locale locale,
      Map<String, Map<String, Integer>> earlier) {
    String language = Language.of(locale).code();
    String other = messages.getMessage("surveys.results.other", null, locale);
    List<ResultsTally.QuestionResult> results = new ArrayList<>();
    records
        .layout(survey.id())
        .questions()
        .forEach(
            q ->
                results.add(
                    ResultsTally.tally(
                        q,
                        answers,
                        language,
                        survey.originalLanguage(),
                        other,
                        earlier == null ? null : earlier.getOrDefault(q.key(), Map.of()))));
    return results;
  }

  /** The earlier wave's share per option, by question key. */
  private Map<String, Map<String, Integer>> shares(SurveyRecords.Head earlier, Locale locale) {
    List<Answers> answers =
        respondents(records.responses(earlier.id())).stream()
            .map(r -> r.response().answers())
            .toList();
    Map<String, Map<String, Integer>> shares = new LinkedHashMap<>();
    tally(earlier, answers, locale, null).forEach(q -> shares.put(q.key(), ResultsTally.shares(q)));
    return shares;
  }

  private List<Respondent> respondents(List<SurveyRecords.Response> responses) {
    List<SurveyRecords.Response> submitted =
        responses.stream().filter(r -> r.status().equals("SUBMITTED")).toList();
    Set<Long> ids =
        submitted.stream()
            .map(SurveyRecords.Response::personId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Map<Long, MemberAccount> people =
        accounts.byIds(ids).stream()
            .collect(Collectors.toMap(MemberAccount::id, Function.identity()));
    return submitted.stream()
        .map(
            r -> {
              MemberAccount person = r.personId() == null ? null : people.get(r.personId());
              String country =
                  r.countryCode() != null
                      ? r.countryCode()
                      : person == null ? null : person.countryCode();
              return new Respondent(r, country, person == null ? null : person.role());
            })
        .toList();
  }

  private static boolean matches(Respondent respondent, Filter filter) {
    return (filter.country() == null || filter.country().equals(respondent.country()))
        && (filter.role() == null || filter.role() == respondent.role());
  }

  /** Answers per role, in the order the filter offers them; none when the audience has one role. */
  private static List<RoleCount> roles(List<Respondent> submitted, SurveyAudience audience) {
    return audience.filterRoles().stream()
        .map(role -> new RoleCount(role, submitted.stream().filter(r -> r.role() == role).count()))
        .toList();
  }

  private List<CountryCount> countries(List<Respondent> submitted, int threshold, Locale locale) {
    Map<String, Long> counts =
        submitted.stream()
            .filter(r -> r.country() != null)
            .collect(Collectors.groupingBy(Respondent::country, Collectors.counting()));
    Collator collator = Collator.getInstance(locale);
    return counts.entrySet().stream()
        .map(
            e ->
                new CountryCount(
                    e.getKey(),
                    states.name(e.getKey(), locale),
                    e.getValue(),
                    e.getValue() < threshold))
        .sorted(Comparator.comparing(CountryCount::name, collator))
        .toList();
  }
}
