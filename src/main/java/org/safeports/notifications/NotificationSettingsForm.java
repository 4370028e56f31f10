package org.safeports.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.EnumMap;
import java.util.Map;
import org.safeports.platform.WorkWaiting;

/**
 * An editor's choices, one per kind of waiting work, as the radio buttons send them: a value that
 * is not a delivery is refused next to its group.
 */
record NotificationSettingsForm(
    @NotBlank(message = "{notifications.settings.choose}")
        @Pattern(regexp = DELIVERIES, message = "{notifications.settings.choose}")
        String plan,
    @NotBlank(message = "{notifications.settings.choose}")
        @Pattern(regexp = DELIVERIES, message = "{notifications.settings.choose}")
        String piece,
    @NotBlank(message = "{notifications.settings.choose}")
        @Pattern(regexp = DELIVERIES, message = "{notifications.settings.choose}")
        String application,
    @NotBlank(message = "{notifications.settings.choose}")
        @Pattern(regexp = DELIVERIES, message = "{notifications.settings.choose}")
        String pfsoRequest,
    // Registrations to approve came later: a form sent without the choice keeps the one saved.
    @Pattern(regexp = DELIVERIES, message = "{notifications.settings.choose}")
        String registration) {

  static final String DELIVERIES = "AT_ONCE|DIGEST|NONE";

  static NotificationSettingsForm of(Map<WorkWaiting.Kind, Delivery> choices) {
    return new NotificationSettingsForm(
        choices.get(WorkWaiting.Kind.PLAN).name(),
        choices.get(WorkWaiting.Kind.PIECE).name(),
        choices.get(WorkWaiting.Kind.APPLICATION).name(),
        choices.get(WorkWaiting.Kind.PFSO_REQUEST).name(),
        choices.get(WorkWaiting.Kind.REGISTRATION).name());
  }

  /** The choices of a valid form. */
  Map<WorkWaiting.Kind, Delivery> choices() {
    Map<WorkWaiting.Kind, Delivery> choices = new EnumMap<>(WorkWaiting.Kind.class);
    choices.put(WorkWaiting.Kind.PLAN, Delivery.valueOf(plan));
    choices.put(WorkWaiting.Kind.PIECE, Delivery.valueOf(piece));
    choices.put(WorkWaiting.Kind.APPLICATION, Delivery.valueOf(application));
    choices.put(WorkWaiting.Kind.PFSO_REQUEST, Delivery.valueOf(pfsoRequest));
    if (registration != null && !registration.isBlank()) {
      choices.put(WorkWaiting.Kind.REGISTRATION, Delivery.valueOf(registration));
    }
    return choices;
  }
}
