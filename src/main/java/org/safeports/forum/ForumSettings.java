package org.safeports.forum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The forum's one row of settings, as the secretariat last saved them. */
@Component
class ForumSettings {

  /** The settings: posts held for approval per new account, minutes to edit, flags that hide. */
  record Values(int heldFirstPosts, int editWindowMinutes, int flagsToHide) {}

  private final JdbcClient jdbc;

  ForumSettings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Values current() {
    return jdbc.sql(
            "select held_first_posts, edit_window_minutes, flags_to_hide from forum_settings"
                + " where id = 1")
        .query((rs, n) -> new Values(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
        .single();
  }
}
