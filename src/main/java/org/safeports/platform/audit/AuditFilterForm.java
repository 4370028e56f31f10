package org.safeports.platform.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.validation.Errors;

/**
 * The filter as typed: text, so that a date that does not parse comes back to the admin with a
 * message next to it instead of failing the request.
 */
record AuditFilterForm(String email, String action, String module, String from, String to) {

  static final int MAX_EMAIL = 320;

  /** The filter to run, with a message on each field that cannot be used. */
  AuditFilter check(Errors errors) {
    if (email != null && email.length() > MAX_EMAIL) {
      errors.rejectValue("email", "audit.filter.email.tooLong");
    }
    AuditAction chosenAction = null;
    if (action != null) {
      chosenAction =
          Arrays.stream(AuditAction.values())
              .filter(a -> a.name().equals(action))
              .findFirst()
              .orElse(null);
      if (chosenAction == null) {
        errors.rejectValue("action", "audit.filter.action.unknown");
      }
    }
    if (module != null && !AuditAction.modules().contains(module)) {
      errors.rejectValue("module", "audit.filter.module.unknown");
    }
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.rejectValue("to", "audit.filter.date.beforeFrom");
    }
    return new AuditFilter(email, chosenAction, module, fromDate, toDate);
  }

  private static LocalDate date(String field, String text, Errors errors) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, "audit.filter.date.invalid");
      return null;
    }
  }
}
