package eu.cohesion.kit.rest;

import eu.cohesion.kit.security.ActionGate;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.PermissionTable;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Derives the role gate of every resource method from the service's permission table (see {@link
 * ActionGate}), so that no role name is written in a resource. It runs before the body is read: a
 * caller who may never perform the action learns nothing from validation or lookups.
 */
@ApplicationScoped
public class RoleGate {

  private final PermissionTable<?> table;
  private final CurrentIdentityAssociation identity;
  private final Map<Method, Optional<Enum<?>>> actions = new ConcurrentHashMap<>();

  RoleGate(PermissionTable<?> table, CurrentIdentityAssociation identity) {
    this.table = table;
    this.identity = identity;
  }

  @ServerRequestFilter
  public Uni<Void> check(ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    Optional<Enum<?>> action =
        method == null ? Optional.empty() : actions.computeIfAbsent(method, RoleGate::actionOf);
    if (action.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return identity
        .getDeferredIdentity()
        .invoke(
            caller -> {
              Actor actor = CurrentActor.of(caller);
              if (!allowsSomewhere(action.get(), actor)) {
                throw caller.isAnonymous() ? new UnauthorizedException() : new ForbiddenException();
              }
            })
        .replaceWithVoid();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private boolean allowsSomewhere(Enum<?> action, Actor actor) {
    return ((PermissionTable) table).allowsSomewhere((Enum) action, actor);
  }

  private static Optional<Enum<?>> actionOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(ActionGate.class)) {
        try {
          return Optional.of(
              (Enum<?>) annotation.annotationType().getMethod("value").invoke(annotation));
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(
              "@" + annotation.annotationType().getSimpleName() + " needs an action value()", e);
        }
      }
    }
    return Optional.empty();
  }
}
