package org.safeports.forum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The forum's settings as the form carries them, within the bounds the forum can work with. */
record ForumSettingsForm(
    @NotNull(message = "{forum.admin.settings.heldInvalid}")
        @Min(value = 0, message = "{forum.admin.settings.heldInvalid}")
        @Max(value = 10, message = "{forum.admin.settings.heldInvalid}")
        Integer heldFirstPosts,
    @NotNull(message = "{forum.admin.settings.editWindowInvalid}")
        @Min(value = 0, message = "{forum.admin.settings.editWindowInvalid}")
        @Max(value = 1440, message = "{forum.admin.settings.editWindowInvalid}")
        Integer editWindowMinutes,
    @NotNull(message = "{forum.admin.settings.flagsInvalid}")
        @Min(value = 1, message = "{forum.admin.settings.flagsInvalid}")
        @Max(value = 20, message = "{forum.admin.settings.flagsInvalid}")
        Integer flagsToHide) {

  static ForumSettingsForm of(ForumSettings.Values values) {
    return new ForumSettingsForm(
        values.heldFirstPosts(), values.editWindowMinutes(), values.flagsToHide());
  }
}
