package org.safeports.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.safeports.platform.security.PortalRole;
import org.springframework.util.StringUtils;

/**
 * The admin's change to an account's role, and the facts the secretariat vouches for with it: the
 * country, a PFSO's port facility, an associate member's organisation (blank keeps the current
 * one). The facts a role needs are the form's own rule ({@link FactsOfTheRole}).
 */
@UserRoleForm.FactsOfTheRole
record UserRoleForm(
    @NotNull(message = "{identity.admin.role.required}") PortalRole role,
    @NotBlank(message = "{identity.country.required}") String country,
    @Size(max = 160, message = "{identity.admin.portFacility.tooLong}") String portFacility,
    @Size(max = 160, message = "{identity.organisation.tooLong}") String organisation) {

  /** A PFSO has a port facility, an associate member an organisation. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = FactsOfTheRole.Check.class)
  @interface FactsOfTheRole {
    String message() default "{identity.admin.portFacility.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<FactsOfTheRole, UserRoleForm> {
      @Override
      public boolean isValid(UserRoleForm form, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        if (form.role() == PortalRole.PFSO && !StringUtils.hasText(form.portFacility())) {
          context
              .buildConstraintViolationWithTemplate("{identity.admin.portFacility.required}")
              .addPropertyNode("portFacility")
              .addConstraintViolation();
          return false;
        }
        if (form.role() == PortalRole.ASSOCIATE && !StringUtils.hasText(form.organisation())) {
          context
              .buildConstraintViolationWithTemplate("{identity.organisation.required}")
              .addPropertyNode("organisation")
              .addConstraintViolation();
          return false;
        }
        return true;
      }
    }
  }
}
