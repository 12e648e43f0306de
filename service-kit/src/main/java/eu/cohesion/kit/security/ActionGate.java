package eu.cohesion.kit.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service's own {@code @Permits} annotation, whose {@code value()} names one of the
 * service's actions. A resource method carrying it is refused before anything is read unless the
 * caller's roles are granted that action somewhere in the service's {@link PermissionTable}: 401
 * for an anonymous caller, 403 for anyone else. The town is then checked by the use case.
 *
 * <pre>
 * &#64;ActionGate &#64;Retention(RUNTIME) &#64;Target(METHOD)
 * public &#64;interface Permits { PanelAction value(); }
 * </pre>
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ActionGate {}
