package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeStatus;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConclusionOnlyWhenConcluding}; a missing {@code to} is left to its own check. */
public class ConclusionOnlyWhenConcludingValidator
    implements ConstraintValidator<ConclusionOnlyWhenConcluding, TransitionRequest> {

  @Override
  public boolean isValid(TransitionRequest request, ConstraintValidatorContext context) {
    if (request == null || request.to() == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    if (request.to() == InitiativeStatus.CONCLUDED) {
      if (request.outcome() == null) {
        valid = violation(context, "outcome", "is required when concluding");
      }
      if (request.conclusion() == null || request.conclusion().isBlank()) {
        valid = violation(context, "conclusion", "is required when concluding");
      }
    } else {
      if (request.outcome() != null) {
        valid = violation(context, "outcome", "is only allowed when concluding");
      }
      if (request.conclusion() != null) {
        valid = violation(context, "conclusion", "is only allowed when concluding");
      }
      if (request.reviewAgainOn() != null) {
        valid = violation(context, "reviewAgainOn", "is only allowed when concluding");
      }
    }
    return valid;
  }

  private static boolean violation(
      ConstraintValidatorContext context, String field, String message) {
    context
        .buildConstraintViolationWithTemplate(message)
        .addPropertyNode(field)
        .addConstraintViolation();
    return false;
  }
}
