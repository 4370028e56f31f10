package org.safeports.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.safeports.identity.AccountDirectory;
import org.safeports.platform.PortalProperties;
import org.safeports.platform.WorkWaiting;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digest queue: the waiting work an editor chose to hear of once a day, and the sending of each
 * editor's daily mail. An item is sent once (it is marked in the transaction that writes the mail)
 * and an editor gets at most one digest a day (the day is kept on the editor's row, which the
 * sending transaction holds locked: a second sender at the same moment skips that editor).
 */
@Service
class WaitingDigest {

  private final JdbcClient jdbc;
  private final MailOutbox outbox;
  private final AccountDirectory accounts;
  private final MessageSource messages;
  private final PortalProperties properties;

  WaitingDigest(
      JdbcClient jdbc,
      MailOutbox outbox,
      AccountDirectory accounts,
      MessageSource messages,
      PortalProperties properties) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.accounts = accounts;
    this.messages = messages;
    this.properties = properties;
  }

  record Item(long id, WorkWaiting.Kind kind, String title, String path, Instant since) {}

  /**
   * Puts the item in the editor's next digest. The same item (kind and page) told again before the
   * digest went keeps one line, with its first time and its newest title.
   */
  @Transactional
  void queue(long accountId, WorkWaiting work, Instant now) {
    jdbc.sql("insert into notification_digest (account_id) values (?) on conflict do nothing")
        .param(accountId)
        .update();
    jdbc.sql(
            """
            insert into notification_digest_item (account_id, kind, title, path, waiting_since)
            values (?, ?, ?, ?, ?)
            on conflict (account_id, kind, path) where sent_at is null
            do update set title = excluded.title
            """)
        .params(
            accountId, work.kind().name(), work.title(), work.path(), java.sql.Timestamp.from(now))
        .update();
  }

  /** The editors with something in their queue who have not had today's digest yet. */
  @Transactional(readOnly = true)
  List<Long> due(LocalDate day) {
    return jdbc.sql(
            """
            select d.account_id from notification_digest d
            where (d.last_sent_on is null or d.last_sent_on < ?)
              and exists (select 1 from notification_digest_item i
                          where i.account_id = d.account_id and i.sent_at is null)
            order by d.account_id
            """)
        .param(day)
        .query(Long.class)
        .list();
  }

  /**
   * Sends the editor's digest for the day, unless another sender holds the editor's row, today's
   * digest went already, or nothing waits. Answers whether a mail was written.
   */
  @Transactional
  boolean send(long accountId, LocalDate day, Instant now) {
    boolean mine =
        jdbc.sql(
                    """
                select count(*) from (select 1 from notification_digest
                  where account_id = ? and (last_sent_on is null or last_sent_on < ?)
                  for update skip locked) d
                """)
                .params(accountId, day)
                .query(Long.class)
                .single()
            > 0;
    if (!mine) {
      return false;
    }
    List<Item> items =
        jdbc.sql(
                """
                select id, kind, title, path, waiting_since from notification_digest_item
                where account_id = ? and sent_at is null order by waiting_since, id
                """)
            .param(accountId)
            .query(
                (rs, row) ->
                    new Item(
                        rs.getLong("id"),
                        WorkWaiting.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("path"),
                        rs.getTimestamp("waiting_since").toInstant()))
            .list();
    var contact = accounts.contact(accountId);
    if (items.isEmpty() || contact.isEmpty()) {
      return false;
    }
    for (Item item : items) {
      jdbc.sql("update notification_digest_item set sent_at = ? where id = ?")
          .params(java.sql.Timestamp.from(now), item.id())
          .update();
    }
    jdbc.sql("update notification_digest set last_sent_on = ? where account_id = ?")
        .params(day, accountId)
        .update();
    String language = contact.get().language();
    outbox.enqueue(
        contact.get().email(),
        language,
        "waiting.digest",
        contact.get().displayName(),
        items.size(),
        lines(items, language, now),
        properties.link(NotificationSettingsController.PATH));
    return true;
  }

  private String lines(List<Item> items, String language, Instant now) {
    Locale locale = Language.fromCode(language).orElse(Language.EN).locale();
    StringBuilder text = new StringBuilder();
    for (Item item : items) {
      long days = Duration.between(item.since(), now).toDays();
      text.append(
              messages.getMessage(
                  "notifications.digest.line",
                  new Object[] {
                    item.kind().name(), item.title(), days, properties.link(item.path())
                  },
                  locale))
          .append("\n\n");
    }
    return text.toString().strip();
  }
}
