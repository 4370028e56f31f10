package org.safeports.library;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.safeports.platform.web.Language;

/**
 * A document has a title in its own language, and a description in any language comes with a title
 * in that language. Each problem goes next to the title field it is about.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DescribedInItsLanguage.Check.class)
@interface DescribedInItsLanguage {

  String message() default "{library.form.title.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<DescribedInItsLanguage, DocumentForm> {

    @Override
    public boolean isValid(DocumentForm form, ConstraintValidatorContext context) {
      if (form == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      for (Language l : Language.all()) {
        if (form.title(l.code()) == null && form.description(l.code()) != null) {
          valid = false;
          violation(context, l.code(), "{library.form.title.requiredWithDescription}");
        }
      }
      String language = form.language();
      if (language != null
          && Language.fromCode(language).map(Language::code).filter(language::equals).isPresent()
          && form.title(language) == null
          && form.description(language) == null) {
        valid = false;
        violation(context, language, "{library.form.title.required}");
      }
      return valid;
    }

    private static void violation(ConstraintValidatorContext context, String lang, String message) {
      context
          .buildConstraintViolationWithTemplate(message)
          .addPropertyNode(DocumentForm.titleField(lang))
          .addConstraintViolation();
    }
  }
}
