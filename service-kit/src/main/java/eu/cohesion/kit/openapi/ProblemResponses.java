package eu.cohesion.kit.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem statuses an operation may answer, each documented by {@link ContractFilter} as an
 * {@code application/problem+json} response with the kit's standard description. A method that
 * needs its own wording for a status adds {@code @APIResponse(responseCode, description)} without
 * content; the filter gives it the problem body. Needs the operation's {@code operationId}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemResponses {

  int[] value();
}
