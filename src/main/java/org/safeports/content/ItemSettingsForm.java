package org.safeports.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Where an item sits and when it is due for review: the same in every language. */
record ItemSettingsForm(
    Long parentId,
    @Min(value = 0, message = "{content.form.position.invalid}")
        @Max(value = 999, message = "{content.form.position.invalid}")
        Integer position,
    String topic,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewOn) {

  static ItemSettingsForm empty() {
    return new ItemSettingsForm(null, 0, null, null);
  }
}
