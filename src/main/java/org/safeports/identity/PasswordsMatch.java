package org.safeports.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * A form with a new password and its confirmation: the two are the same, else the message stands
 * next to the confirmation. The form says which of its values are the two ({@link Pair}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordsMatch.Check.class)
@interface PasswordsMatch {
  String message() default "{identity.password.mismatch}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The field that shows the message. */
  String confirmationField() default "confirmPassword";

  /** A form with a password typed twice. */
  interface Pair {
    String typedPassword();

    String typedConfirmation();
  }

  class Check implements ConstraintValidator<PasswordsMatch, Pair> {

    private String field;

    @Override
    public void initialize(PasswordsMatch annotation) {
      field = annotation.confirmationField();
    }

    @Override
    public boolean isValid(Pair form, ConstraintValidatorContext context) {
      if (form == null
          || form.typedPassword() == null
          || Objects.equals(form.typedPassword(), form.typedConfirmation())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
