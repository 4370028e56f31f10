package org.safeports.platform.audit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter as the admin sets it. A date or an action that does not convert comes back with a
 * message next to it (typeMismatch.filter.*), and what was typed is kept; the module must be one of
 * the log's, and the dates in order ({@link InOrder}).
 */
@AuditFilterForm.InOrder
record AuditFilterForm(
    @Size(max = MAX_EMAIL, message = "{audit.filter.email.tooLong}") String email,
    AuditAction action,
    String module,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    String objectType,
    @Size(max = MAX_OBJECT_ID, message = "{audit.filter.objectId.tooLong}") String objectId) {

  static final int MAX_EMAIL = 320;
  static final int MAX_OBJECT_ID = 100;

  AuditFilter filter() {
    return new AuditFilter(
        email,
        action,
        module,
        from,
        to,
        objectType == null || objectType.isBlank() ? null : objectType,
        objectId == null || objectId.isBlank() ? null : objectId.strip());
  }

  /**
   * The module is one of those the log knows ({@code module}'s message), and "to" is not before
   * "from" ({@code to}'s message).
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = InOrder.Check.class)
  @interface InOrder {
    String message() default "{audit.filter.date.beforeFrom}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<InOrder, AuditFilterForm> {
      @Override
      public boolean isValid(AuditFilterForm form, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (form.module() != null && !AuditAction.modules().contains(form.module())) {
          context
              .buildConstraintViolationWithTemplate("{audit.filter.module.unknown}")
              .addPropertyNode("module")
              .addConstraintViolation();
          valid = false;
        }
        if (form.objectType() != null
            && !form.objectType().isBlank()
            && !AuditAction.objectTypes().contains(form.objectType())) {
          context
              .buildConstraintViolationWithTemplate("{audit.filter.objectType.unknown}")
              .addPropertyNode("objectType")
              .addConstraintViolation();
          valid = false;
        }
        if (form.from() != null && form.to() != null && form.to().isBefore(form.from())) {
          context
              .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
              .addPropertyNode("to")
              .addConstraintViolation();
          valid = false;
        }
        return valid;
      }
    }
  }
}
