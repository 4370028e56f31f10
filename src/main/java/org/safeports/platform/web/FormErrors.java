package org.safeports.platform.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's own checks, added next to the field. When a value could not even be converted (letters
 * in a number, a role that does not exist), Spring builds the form object without the binding
 * result knowing it, and {@link BindingResult#rejectValue} then fails with "Cannot access
 * properties on null bean instance": this records the error against the value as it was typed.
 */
public final class FormErrors {

  private FormErrors() {}

  public static void reject(BindingResult result, String field, String code, Object... arguments) {
    if (result.getTarget() != null) {
      result.rejectValue(field, code, arguments, null);
      return;
    }
    result.addError(
        new FieldError(
            result.getObjectName(),
            field,
            result.getFieldValue(field),
            false,
            result.resolveMessageCodes(code, field),
            arguments,
            null));
  }
}
