package eu.cohesion.practice.rest;

import eu.cohesion.kit.security.ActionGate;
import eu.cohesion.practice.domain.PracticeAction;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The row of {@link eu.cohesion.practice.domain.PracticePermissions} a resource method performs:
 * callers the table grants it nowhere are refused before anything is read (401 anonymous, 403
 * others).
 */
@ActionGate
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Permits {

  PracticeAction value();
}
