package org.safeports.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the portal put in its outbox for an address: subjects, bodies, links. */
public final class MailReader {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

  private final JdbcClient jdbc;

  public MailReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count(String recipient, String category) {
    return jdbc.sql("select count(*) from outbox_mail where recipient = ? and category = ?")
        .param(recipient)
        .param(category)
        .query(Long.class)
        .single();
  }

  /**
   * Waits for the listener (it runs after the commit, on another thread) and answers the newest
   * body.
   */
  public String awaitLatest(String recipient, String category, long countBefore) {
    await().atMost(Duration.ofSeconds(20)).until(() -> count(recipient, category) > countBefore);
    return jdbc.sql(
            "select body from outbox_mail where recipient = ? and category = ? order by id desc limit 1")
        .param(recipient)
        .param(category)
        .query(String.class)
        .single();
  }

  /** The path (and query) of the first link in a mail body. */
  public static String linkPath(String body) {
    Matcher m = LINK.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("No link in: " + body);
    }
    return m.group().replaceFirst("^https?://[^/]+", "");
  }
}
