package org.safeports.platform.web;

import java.util.Optional;
import java.util.function.Supplier;
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

  /**
   * Runs a service call for a form; when a business rule refuses it ({@link FormRejection}), the
   * refusal is recorded on the form's binding result and the answer is false, so that the
   * controller shows the form again with what was typed. The one place a refusal is caught: a
   * controller does not catch (ArchitectureTests).
   */
  public static boolean accepted(BindingResult result, Runnable call) {
    return accepted(
            result,
            () -> {
              call.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  /** As {@link #accepted(BindingResult, Runnable)}, with what the call answers when accepted. */
  public static <T> Optional<T> accepted(BindingResult result, Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (FormRejection rejection) {
      if (rejection.field() == null) {
        result.reject(rejection.code());
      } else {
        reject(result, rejection.field(), rejection.code());
      }
      return Optional.empty();
    }
  }

  /** Whether the form was refused as a whole with this message key (someone saved meanwhile). */
  public static boolean refusedWith(BindingResult result, String code) {
    return result.getGlobalErrors().stream().anyMatch(e -> code.equals(e.getCode()));
  }

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
