package org.safeports.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeports.identity.AccountDirectory;
import org.safeports.identity.Contact;
import org.safeports.membership.DelegateCountries;
import org.safeports.platform.CountryWaitingSource;
import org.safeports.platform.MonthlySummaryChoice;
import org.safeports.platform.ParticipationSource.Measure;
import org.safeports.platform.ParticipationSummaryDue;
import org.safeports.platform.web.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly summary to each delegate of what their country did the month before, beside the
 * region's median, and of what waits for it now, in the delegate's language. Each summary is
 * recorded as sent for that person and month in the same transaction as the event that mails it, so
 * a second run (or a second instance) sends nothing again; a delegate who opted out gets none.
 */
@Service
class MonthlySummaries implements MonthlySummaryChoice {

  private final DelegateCountries delegates;
  private final AccountDirectory accounts;
  private final Participation participation;
  private final CountryWaiting waiting;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  MonthlySummaries(
      DelegateCountries delegates,
      AccountDirectory accounts,
      Participation participation,
      CountryWaiting waiting,
      MessageSource messages,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      Clock clock) {
    this.delegates = delegates;
    this.accounts = accounts;
    this.participation = participation;
    this.waiting = waiting;
    this.messages = messages;
    this.events = events;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Sends the summaries of this month to every delegate not yet sent one; answers how many. */
  int send(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<Locale, Participation.Table> tables = new HashMap<>();
    Map<String, Map<CountryWaitingSource.Waiting, Long>> waits = new HashMap<>();
    int sent = 0;
    for (DelegateCountries.Seat seat : delegates.all()) {
      Optional<Contact> contact = accounts.contact(seat.accountId());
      if (contact.isEmpty() || optedOut(seat.accountId())) {
        continue;
      }
      Locale locale = Language.fromCode(contact.get().language()).orElse(Language.EN).locale();
      Participation.Table table =
          tables.computeIfAbsent(locale, l -> participation.between(null, from, to, l));
      Optional<Participation.Line> line = table.lineOf(seat.countryCode());
      if (line.isEmpty()) {
        continue;
      }
      Boolean mailed =
          transactions.execute(
              status -> {
                boolean first =
                    jdbc.sql(
                                "insert into participation_summary_sent (account_id, month, sent_at)"
                                    + " values (:account, :month, :now) on conflict do nothing")
                            .param("account", seat.accountId())
                            .param("month", java.sql.Date.valueOf(month.atDay(1)))
                            .param("now", Timestamp.from(clock.instant()))
                            .update()
                        == 1;
                if (first) {
                  events.publishEvent(
                      summary(
                          contact.get(),
                          locale,
                          month,
                          table,
                          line.get(),
                          waits.computeIfAbsent(seat.countryCode(), waiting::of)));
                }
                return first;
              });
      if (Boolean.TRUE.equals(mailed)) {
        sent++;
      }
    }
    return sent;
  }

  private ParticipationSummaryDue summary(
      Contact contact,
      Locale locale,
      YearMonth month,
      Participation.Table table,
      Participation.Line line,
      Map<CountryWaitingSource.Waiting, Long> waits) {
    StringBuilder text = new StringBuilder();
    for (Measure measure : Measure.values()) {
      text.append(
              messages.getMessage(
                  "admin.participation.summaryLine",
                  new Object[] {
                    messages.getMessage(
                        "admin.participation.measure." + measure.name(), null, locale),
                    Long.toString(line.value(measure)),
                    table.medianText(measure)
                  },
                  locale))
          .append('\n');
    }
    String monthName =
        month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    return new ParticipationSummaryDue(
        contact.email(),
        Language.of(locale).code(),
        contact.displayName(),
        line.name(),
        monthName,
        text.toString().strip(),
        waiting.text(waits, locale),
        "/account/participation");
  }

  @Override
  public boolean wanted(long accountId) {
    return !optedOut(accountId);
  }

  boolean optedOut(long accountId) {
    return jdbc.sql("select count(*) from participation_summary_opt_out where account_id = ?")
            .param(accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Whether this delegate wants the monthly summary: the choice on their participation page and on
   * their account's mail settings.
   */
  @Override
  public void choose(long accountId, boolean wanted) {
    if (wanted) {
      jdbc.sql("delete from participation_summary_opt_out where account_id = ?")
          .param(accountId)
          .update();
    } else {
      jdbc.sql(
              "insert into participation_summary_opt_out (account_id, since) values (?, ?)"
                  + " on conflict do nothing")
          .param(accountId)
          .param(Timestamp.from(clock.instant()))
          .update();
    }
  }
}
