package org.safeports.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contact messages made for a test, and the hour of the throttle made to pass. */
@Component
public class TestContact {

  private final ContactService contact;
  private final JdbcClient jdbc;

  TestContact(ContactService contact, JdbcClient jdbc) {
    this.contact = contact;
    this.jdbc = jdbc;
  }

  /**
   * A message as the form takes it, from the given client address; answers whether it was taken.
   */
  public boolean receive(
      String name, String email, String subject, String message, String address) {
    return contact.receive(
            new ContactForm(name, email, "GENERAL", subject, message, null),
            ContactTopic.GENERAL,
            "en",
            address)
        == ContactService.Outcome.RECEIVED;
  }

  /**
   * Moves every stored message two hours into the past, as if the throttle's hour had gone by: the
   * tests all write from the same address, and each starts with the hour behind it.
   */
  public void letTheHourPass() {
    jdbc.sql("update contact_message set received_at = received_at - interval '2 hours'").update();
  }

  public long idOf(String email) {
    return jdbc.sql(
            "select id from contact_message where sender_email = ? order by id desc limit 1")
        .param(email)
        .query(Long.class)
        .single();
  }
}
