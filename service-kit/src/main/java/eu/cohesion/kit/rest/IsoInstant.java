package eu.cohesion.kit.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A text that is an ISO-8601 UTC instant ({@code 2025-01-31T12:00:00Z}); null passes. */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoInstant.Validator.class)
public @interface IsoInstant {

  String message() default "must be an ISO-8601 UTC instant, e.g. 2025-01-31T12:00:00Z";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoInstant, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        Instant.parse(value);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }
}
