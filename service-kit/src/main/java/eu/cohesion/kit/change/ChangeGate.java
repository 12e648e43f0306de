package eu.cohesion.kit.change;

import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.kit.events.EventOutbox;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.problem.IfMatchRequiredException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.problem.StaleVersionException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.PermissionTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The one path every change of a service takes, in its transaction: load or 404 → permission (403)
 * → If-Match (428 when missing, 412 when stale) → mutate → flush → events into the outbox. A
 * creation has nothing to load or match: it checks its permission with {@link
 * PermissionTable#require} and ends with {@link #created} (or {@link #announce} when nobody signed
 * in made it, as a scheduled reminder). An applied change that was permitted for a signed-in actor
 * is written to the {@link AdminAudit} in the same transaction (when the service has the audit on).
 */
@ApplicationScoped
public class ChangeGate {

  private final Clock clock;
  private final EventOutbox outbox;
  private final EntityManager entityManager;
  private final AdminAudit audit;

  ChangeGate(Clock clock, EventOutbox outbox, EntityManager entityManager, AdminAudit audit) {
    this.clock = clock;
    this.outbox = outbox;
    this.entityManager = entityManager;
    this.audit = audit;
  }

  /** Now, as PostgreSQL keeps it (microseconds), so a response equals every later read. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Opens the change of an existing aggregate: 404 unless it was found. */
  public <T extends Aggregate> Change<T> load(String resource, Object id, Optional<T> found) {
    return new Change<>(
        resource, found.orElseThrow(() -> new ResourceNotFoundException(resource, id)));
  }

  /**
   * Flushes the change, so that a concurrent one fails here (optimistic locking) and the aggregate
   * shows its new version, then writes the events to the outbox in the same transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(Instant at, List<? extends PublishedEvent> events) {
    entityManager.flush();
    events.forEach(event -> outbox.append(event, at));
  }

  public void announce(Instant at, PublishedEvent event) {
    announce(at, List.of(event));
  }

  /**
   * Ends a creation the actor was permitted ({@link PermissionTable#require}) to make: {@link
   * #announce}s its events and writes its row to the {@link AdminAudit}, all in the transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void created(
      Actor actor,
      Enum<?> action,
      String resource,
      Aggregate created,
      Instant at,
      List<? extends PublishedEvent> events) {
    announce(at, events);
    audit.record(actor, action, resource, created.id(), created.cityCode(), created.version(), at);
  }

  /** One change of one loaded aggregate, checked step by step before it is applied. */
  public final class Change<T extends Aggregate> {

    private final String resource;
    private final T aggregate;
    private Actor actor;
    private Enum<?> action;

    private Change(String resource, T aggregate) {
      this.resource = resource;
      this.aggregate = aggregate;
    }

    /**
     * 403 unless the table lets the actor perform the action in the aggregate's town; the refusal
     * reads "you may not {@code doing} of town X".
     */
    public <A extends Enum<A>> Change<T> permit(
        PermissionTable<A> table, A action, Actor actor, String doing) {
      table.require(
          action,
          actor,
          aggregate.cityCode(),
          "you may not " + doing + " of town " + aggregate.cityCode());
      this.actor = actor;
      this.action = action;
      return this;
    }

    /**
     * Names who acts, as what, for a permission checked before loading because it does not depend
     * on the aggregate's town (a webhook subscription belongs to its owner, not to a town), so the
     * applied change is audited as theirs like one {@link #permit}ted here.
     */
    public Change<T> permitted(Actor actor, Enum<?> action) {
      this.actor = actor;
      this.action = action;
      return this;
    }

    /**
     * @param expectedVersion the version If-Match names, {@code null} when the request had none
     */
    public Change<T> ifMatch(Long expectedVersion) {
      if (expectedVersion == null) {
        throw new IfMatchRequiredException();
      }
      if (expectedVersion != aggregate.version()) {
        throw new StaleVersionException(
            resource + " " + aggregate.id(), expectedVersion, aggregate.version());
      }
      return this;
    }

    /**
     * The aggregate, once the checks passed, for a change that creates something else (a member of
     * a panel): the caller mutates and ends with {@link #announce}.
     */
    public T admitted() {
      return aggregate;
    }

    /**
     * Applies the mutation at one instant and announces the events it returns.
     *
     * @return the changed aggregate, with its new version
     */
    public T apply(BiFunction<T, Instant, List<? extends PublishedEvent>> mutation) {
      Instant now = now();
      List<? extends PublishedEvent> events = mutation.apply(aggregate, now);
      announce(now, events);
      audited(now);
      return aggregate;
    }

    /**
     * Deletes the aggregate with {@code removal} (which announces nothing: a deletion has no event
     * of its own here) and audits it under the version it had.
     */
    public void delete(Consumer<T> removal) {
      Instant now = now();
      removal.accept(aggregate);
      entityManager.flush();
      audited(now);
    }

    private void audited(Instant at) {
      if (action != null) {
        audit.record(
            actor, action, resource, aggregate.id(), aggregate.cityCode(), aggregate.version(), at);
      }
    }
  }
}
