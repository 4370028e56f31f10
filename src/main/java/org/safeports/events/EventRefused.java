package org.safeports.events;

import org.safeports.platform.web.FormRejection;

/** An event rule refused a form: shown next to the field, or above the form when field is null. */
class EventRefused extends FormRejection {

  EventRefused(String field, String code) {
    super(field, code);
  }
}
