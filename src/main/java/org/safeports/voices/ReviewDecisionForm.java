package org.safeports.voices;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An editor's decision on a piece: the action (the button pressed), the message to the author, and
 * for publishing a time, read in UTC. Asking for changes, declining and commenting need the message
 * ({@link MessageGiven}); it is at most {@link #MAX_COMMENT} characters. An action that does not
 * exist comes back as a field error (typeMismatch.decision.action), and the message typed is kept.
 */
@ReviewDecisionForm.MessageGiven
record ReviewDecisionForm(
    @NotNull(message = "{voices.review.actionRequired}") PieceStatus.Action action,
    @Size(max = MAX_COMMENT, message = "{voices.review.commentTooLong}") String comment,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt) {

  static final int MAX_COMMENT = 4000;

  /** The actions whose message the author needs: what to change, why declined, the comment. */
  static final Set<PieceStatus.Action> NEED_A_MESSAGE =
      Set.of(
          PieceStatus.Action.REQUEST_CHANGES,
          PieceStatus.Action.DECLINE,
          PieceStatus.Action.COMMENT);

  /** The form before anything is typed. */
  static ReviewDecisionForm empty() {
    return new ReviewDecisionForm(null, null, null);
  }

  /** When to publish, or null for now. */
  Instant publishTime() {
    return publishAt == null ? null : publishAt.toInstant(ZoneOffset.UTC);
  }

  /** Asking for changes and commenting need a message, declining a reason (on {@code comment}). */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = MessageGiven.Check.class)
  @interface MessageGiven {
    String message() default "{voices.review.commentRequired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MessageGiven, ReviewDecisionForm> {
      @Override
      public boolean isValid(ReviewDecisionForm form, ConstraintValidatorContext context) {
        if (form.action() == null
            || !NEED_A_MESSAGE.contains(form.action())
            || (form.comment() != null && !form.comment().isBlank())) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate(
                form.action() == PieceStatus.Action.DECLINE
                    ? "{voices.review.reasonRequired}"
                    : context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("comment")
            .addConstraintViolation();
        return false;
      }
    }
  }
}
