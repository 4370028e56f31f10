package org.safeports.forum;

import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's change of the forum's settings, audited with the values before and after. */
@Service
class ForumSettingsAdmin {

  private final ForumSettings settings;
  private final ForumModerationLog log;
  private final JdbcClient jdbc;

  ForumSettingsAdmin(ForumSettings settings, ForumModerationLog log, JdbcClient jdbc) {
    this.settings = settings;
    this.log = log;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  ForumSettingsForm form() {
    return ForumSettingsForm.of(settings.current());
  }

  @Transactional
  void save(ForumSettingsForm form) {
    ForumSettings.Values before = settings.current();
    jdbc.sql(
            "update forum_settings set held_first_posts = :held, edit_window_minutes = :window,"
                + " flags_to_hide = :flags, updated_at = now(), version = version + 1 where id = 1")
        .param("held", form.heldFirstPosts())
        .param("window", form.editWindowMinutes())
        .param("flags", form.flagsToHide())
        .update();
    log.audit(
        AuditAction.FORUM_SETTINGS_CHANGED,
        1,
        fields(before.heldFirstPosts(), before.editWindowMinutes(), before.flagsToHide()),
        fields(form.heldFirstPosts(), form.editWindowMinutes(), form.flagsToHide()),
        null);
  }

  private static java.util.Map<String, Object> fields(int held, int window, int flags) {
    return AuditEntry.fields(
        "heldFirstPosts", held, "editWindowMinutes", window, "flagsToHide", flags);
  }
}
