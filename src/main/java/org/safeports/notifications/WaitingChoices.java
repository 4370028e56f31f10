package org.safeports.notifications;

import java.util.EnumMap;
import java.util.Map;
import org.safeports.platform.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each editor's choice, per kind of waiting work, of being told at once, in the daily digest or not
 * at all. A kind with no stored choice is {@link Delivery#DEFAULT}.
 */
@Service
class WaitingChoices {

  private final JdbcClient jdbc;

  WaitingChoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every kind with the account's choice, in the order of the kinds. */
  @Transactional(readOnly = true)
  Map<WorkWaiting.Kind, Delivery> of(long accountId) {
    Map<WorkWaiting.Kind, Delivery> choices = new EnumMap<>(WorkWaiting.Kind.class);
    for (WorkWaiting.Kind kind : WorkWaiting.Kind.values()) {
      choices.put(kind, Delivery.DEFAULT);
    }
    jdbc.sql("select kind, delivery from notification_choice where account_id = ?")
        .param(accountId)
        .query(
            (rs, row) ->
                Map.entry(
                    WorkWaiting.Kind.valueOf(rs.getString("kind")),
                    Delivery.valueOf(rs.getString("delivery"))))
        .list()
        .forEach(choice -> choices.put(choice.getKey(), choice.getValue()));
    return choices;
  }

  /** The choices in the settings form, which checked that each is one of the deliveries. */
  @Transactional
  void save(long accountId, NotificationSettingsForm form) {
    form.choices()
        .forEach(
            (kind, delivery) ->
                jdbc.sql(
                        """
                        insert into notification_choice (account_id, kind, delivery)
                        values (?, ?, ?)
                        on conflict (account_id, kind) do update set delivery = excluded.delivery
                        """)
                    .params(accountId, kind.name(), delivery.name())
                    .update());
  }
}
