package eu.cohesion.initiative.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link TransitionRequest}: outcome and conclusion are required for the step to CONCLUDED and
 * refused for any other step, each reported as a violation of its own field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConclusionOnlyWhenConcludingValidator.class)
public @interface ConclusionOnlyWhenConcluding {

  String message() default "outcome and conclusion are given exactly when concluding";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
