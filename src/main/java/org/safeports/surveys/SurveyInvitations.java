package org.safeports.surveys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeports.identity.AccountDirectory;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.security.PortalRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and reminders, decided from the tables alone: a survey that is open and whose opening
 * time has come invites its audience (each person once: the invitation row is the record); those
 * who have not answered (for a survey of the states: whose state has not) are reminded at most
 * {@code reminder_limit} times, at least {@code reminder_gap_days} apart, and get a last call two
 * days before the end. Every row is claimed by a conditional update before its mail is asked for,
 * so a second run, or a second instance, sends nothing twice.
 */
@Service
public class SurveyInvitations {

  static final Duration LAST_CALL_BEFORE = Duration.ofDays(2);

  private record Due(
      long id,
      Long accountId,
      String email,
      int remindersSent,
      Instant since,
      Instant invited,
      Instant lastCall) {}

  static final String NOT_ANSWERED =
      """
      not exists (select 1 from survey_response r
                  where r.survey_id = i.survey_id and r.status = 'SUBMITTED'
                    and ((:perState and r.country_code = i.country_code)
                      or (not :perState and i.account_id in (r.account_id, r.submitted_by_id))))
      """;

  private final JdbcClient jdbc;
  private final SurveyRecords records;
  private final AccountDirectory directory;
  private final MemberAccounts accounts;
  private final ApplicationEventPublisher events;

  SurveyInvitations(
      JdbcClient jdbc,
      SurveyRecords records,
      AccountDirectory directory,
      MemberAccounts accounts,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.records = records;
    this.directory = directory;
    this.accounts = accounts;
    this.events = events;
  }

  /** Closes what has ended, then invites and reminds for every open survey. */
  @Transactional
  public void run(Instant now) {
    for (long surveyId : openSurveys(now)) {
      runFor(surveyId, now);
    }
  }

  /** One survey's turn: closed when its end has come, else its invitations and reminders. */
  @Transactional
  void runFor(long surveyId, Instant now) {
    int closed =
        jdbc.sql(
                """
                update survey set status = 'CLOSED', updated_at = :now, version = version + 1
                where id = :id and status = 'OPEN' and closes_at <= :now
                """)
            .param("now", java.sql.Timestamp.from(now))
            .param("id", surveyId)
            .update();
    SurveyRecords.Head survey = records.head(surveyId, "en").orElseThrow();
    if (closed > 0 || !survey.status().equals("OPEN")) {
      return;
    }
    Map<String, String> titles = titles(surveyId, survey.originalLanguage());
    List<SurveyMailDue.Letter> letters = new ArrayList<>(invite(survey, titles, now));
    letters.addAll(remind(survey, titles, now));
    if (!letters.isEmpty()) {
      events.publishEvent(new SurveyMailDue(List.copyOf(letters)));
    }
  }

  /** Marks the invitation whose mail could not be delivered, once. */
  @Transactional
  public void undeliverable(long invitationId, Instant at) {
    jdbc.sql(
            "update survey_invitation set undeliverable_at = :at"
                + " where id = :id and undeliverable_at is null")
        .param("at", java.sql.Timestamp.from(at))
        .param("id", invitationId)
        .update();
  }

  private List<Long> openSurveys(Instant now) {
    return jdbc.sql(
            """
            select id from survey
            where status = 'OPEN' and (opens_at is null or opens_at <= :now)
            order by id
            """)
        .param("now", java.sql.Timestamp.from(now))
        .query(Long.class)
        .list();
  }

  private List<SurveyMailDue.Letter> invite(
      SurveyRecords.Head survey, Map<String, String> titles, Instant now) {
    List<SurveyMailDue.Letter> letters = new ArrayList<>();
    for (MemberAccount person : audience(survey.audience())) {
      if (person.email() == null || !person.enabled()) {
        continue;
      }
      String country = person.countryCode();
      if (survey.audience().perState() && country == null) {
        continue;
      }
      jdbc.sql(
              """
              insert into survey_invitation (survey_id, account_id, email, country_code, invited_at)
              values (:sid, :account, :email, :country, :now)
              on conflict (survey_id, email) do nothing
              returning id
              """)
          .param("sid", survey.id())
          .param("account", person.id())
          .param("email", person.email())
          .param("country", country)
          .param("now", java.sql.Timestamp.from(now))
          .query(Long.class)
          .optional()
          .ifPresent(
              id -> letters.add(letter(id, person, SurveyMailDue.Kind.INVITATION, survey, titles)));
    }
    return letters;
  }

  private List<SurveyMailDue.Letter> remind(
      SurveyRecords.Head survey, Map<String, String> titles, Instant now) {
    List<Due> due =
        jdbc.sql(
                """
                select i.id, i.account_id, i.email, i.reminders_sent,
                       coalesce(i.last_reminded_at, i.invited_at) as since, i.invited_at,
                       i.last_call_sent_at
                from survey_invitation i
                where i.survey_id = :sid and i.undeliverable_at is null and %s
                order by i.id
                """
                    .formatted(NOT_ANSWERED))
            .param("sid", survey.id())
            .param("perState", survey.audience().perState())
            .query(
                (rs, n) ->
                    new Due(
                        rs.getLong("id"),
                        SurveyRecords.nullableLong(rs, "account_id"),
                        rs.getString("email"),
                        rs.getInt("reminders_sent"),
                        SurveyRecords.instant(rs, "since"),
                        SurveyRecords.instant(rs, "invited_at"),
                        SurveyRecords.instant(rs, "last_call_sent_at")))
            .list();
    Map<Long, MemberAccount> people =
        accounts.byIds(due.stream().map(Due::accountId).filter(Objects::nonNull).toList()).stream()
            .collect(Collectors.toMap(MemberAccount::id, Function.identity()));
    Instant lastCallFrom =
        survey.lastCall() && survey.closesAt() != null
            ? survey.closesAt().minus(LAST_CALL_BEFORE)
            : null;
    boolean lastCallTime = lastCallFrom != null && !now.isBefore(lastCallFrom);
    List<SurveyMailDue.Letter> letters = new ArrayList<>();
    for (Due d : due) {
      MemberAccount person = people.get(d.accountId());
      if (person == null || !person.enabled()) {
        continue;
      }
      if (lastCallTime) {
        // Someone invited once the last two days had begun was just asked: no last call.
        if (d.lastCall() == null && d.invited().isBefore(lastCallFrom) && claimLastCall(d, now)) {
          letters.add(letter(d.id(), person, SurveyMailDue.Kind.LAST_CALL, survey, titles));
        }
      } else if (d.remindersSent() < survey.reminderLimit()
          && !now.isBefore(d.since().plus(Duration.ofDays(survey.reminderGapDays())))
          && claimReminder(d, now)) {
        letters.add(letter(d.id(), person, SurveyMailDue.Kind.REMINDER, survey, titles));
      }
    }
    return letters;
  }

  private boolean claimReminder(Due d, Instant now) {
    return jdbc.sql(
                """
                update survey_invitation
                set reminders_sent = reminders_sent + 1, last_reminded_at = :now
                where id = :id and reminders_sent = :seen
                """)
            .param("now", java.sql.Timestamp.from(now))
            .param("id", d.id())
            .param("seen", d.remindersSent())
            .update()
        == 1;
  }

  private boolean claimLastCall(Due d, Instant now) {
    return jdbc.sql(
                "update survey_invitation set last_call_sent_at = :now"
                    + " where id = :id and last_call_sent_at is null")
            .param("now", java.sql.Timestamp.from(now))
            .param("id", d.id())
            .update()
        == 1;
  }

  /** Who a survey's audience is by role held; the public is asked by its link, not by mail. */
  private List<MemberAccount> audience(SurveyAudience audience) {
    List<PortalRole> roles =
        switch (audience) {
          case STATES -> List.of(PortalRole.DELEGATE);
          case PFSOS -> List.of(PortalRole.PFSO);
          case ASSOCIATES -> List.of(PortalRole.ASSOCIATE, PortalRole.DELEGATE);
          case REGISTERED ->
              List.of(PortalRole.USER, PortalRole.ASSOCIATE, PortalRole.DELEGATE, PortalRole.PFSO);
          case PUBLIC -> List.of();
        };
    List<Long> ids = new ArrayList<>();
    roles.forEach(role -> ids.addAll(directory.holding(role, null)));
    Map<Long, MemberAccount> byId = new LinkedHashMap<>();
    accounts.byIds(ids).forEach(a -> byId.put(a.id(), a));
    return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
  }

  private Map<String, String> titles(long surveyId, String original) {
    Map<String, String> titles = new LinkedHashMap<>();
    jdbc.sql("select language, title from survey_text where survey_id = :id")
        .param("id", surveyId)
        .query(
            rs -> {
              titles.put(rs.getString(1), rs.getString(2));
            });
    titles.putIfAbsent("", titles.getOrDefault(original, ""));
    return titles;
  }

  private static SurveyMailDue.Letter letter(
      long invitationId,
      MemberAccount person,
      SurveyMailDue.Kind kind,
      SurveyRecords.Head survey,
      Map<String, String> titles) {
    String language = person.language() == null ? survey.originalLanguage() : person.language();
    String title = titles.getOrDefault(language, titles.get(""));
    return new SurveyMailDue.Letter(
        invitationId,
        person.email(),
        language,
        kind,
        title,
        "/surveys/" + survey.slug(),
        survey.closesAt());
  }
}
