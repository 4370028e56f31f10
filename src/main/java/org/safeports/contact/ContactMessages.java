package org.safeports.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The stored messages: written once, then only their state changes. */
@Component
class ContactMessages {

  private static final String COLUMNS =
      "id, sender_name, sender_email, topic, subject, body, language, status, received_at,"
          + " status_changed_at, status_changed_by";

  private final JdbcClient jdbc;

  ContactMessages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(ContactForm form, ContactTopic topic, String language, String address, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into contact_message (sender_name, sender_email, topic, subject, body,
                language, sent_from, status, received_at)
            values (:name, :email, :topic, :subject, :body, :language, :address, 'NEW', :now)
            """)
        .param("name", form.name())
        .param("email", form.email())
        .param("topic", topic.name())
        .param("subject", form.subject())
        .param("body", form.message())
        .param("language", language)
        .param("address", address)
        .param("now", Timestamp.from(now))
        .update(key, "id");
    Long id = key.getKeyAs(Long.class);
    if (id == null) {
      throw new IllegalStateException("the database gave no id for the new contact message");
    }
    return id;
  }

  /** Messages taken from this client address since then. */
  int fromAddressSince(String address, Instant since) {
    return jdbc.sql(
            "select count(*) from contact_message where sent_from = :address and received_at > :since")
        .param("address", address)
        .param("since", Timestamp.from(since))
        .query(Integer.class)
        .single();
  }

  /** Messages given this sender's e-mail address since then, however it was capitalised. */
  int forEmailSince(String email, Instant since) {
    return jdbc.sql(
            "select count(*) from contact_message"
                + " where lower(sender_email) = lower(:email) and received_at > :since")
        .param("email", email)
        .param("since", Timestamp.from(since))
        .query(Integer.class)
        .single();
  }

  long count(ContactStatus status) {
    return jdbc.sql(
            "select count(*) from contact_message"
                + " where (cast(:status as varchar) is null or status = :status)")
        .param("status", status == null ? null : status.name())
        .query(Long.class)
        .single();
  }

  /** Newest first, one page; {@code status} null for all. */
  List<ContactMessageView> list(ContactStatus status, int offset, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from contact_message"
                + " where (cast(:status as varchar) is null or status = :status)"
                + " order by received_at desc, id desc limit :limit offset :offset")
        .param("status", status == null ? null : status.name())
        .param("limit", limit)
        .param("offset", offset)
        .query(ContactMessages::view)
        .list();
  }

  /** The message's state, the row locked until the transaction ends. */
  Optional<ContactStatus> statusForUpdate(long id) {
    return jdbc.sql("select status from contact_message where id = :id for update")
        .param("id", id)
        .query(String.class)
        .optional()
        .map(ContactStatus::valueOf);
  }

  void setStatus(long id, ContactStatus status, String by, Instant now) {
    jdbc.sql(
            "update contact_message set status = :status, status_changed_at = :now,"
                + " status_changed_by = :by where id = :id")
        .param("status", status.name())
        .param("now", Timestamp.from(now))
        .param("by", by)
        .param("id", id)
        .update();
  }

  private static ContactMessageView view(ResultSet rs, int row) throws SQLException {
    Timestamp changed = rs.getTimestamp("status_changed_at");
    return new ContactMessageView(
        rs.getLong("id"),
        rs.getString("sender_name"),
        rs.getString("sender_email"),
        ContactTopic.valueOf(rs.getString("topic")),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("language"),
        ContactStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("received_at").toInstant(),
        changed == null ? null : changed.toInstant(),
        rs.getString("status_changed_by"));
  }
}
