package org.safeports.content;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An address typed by the editor: lower-case letters, digits, single hyphens; blank is none. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SlugFormat.Check.class)
@interface SlugFormat {
  String message() default "{content.form.slug.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<SlugFormat, String> {
    @Override
    public boolean isValid(String slug, ConstraintValidatorContext context) {
      return slug == null || slug.isBlank() || Slugs.isValid(slug);
    }
  }
}
