package eu.cohesion.kit.audit;

import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.PermissionTable;
import eu.cohesion.kit.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit of administrative changes, table {@code admin_audit} of the service's own database (kit
 * migration {@code db/kit/audit}). {@link eu.cohesion.kit.change.ChangeGate} writes a row for every
 * change it applies on behalf of a signed-in caller, in the change's transaction: the actor's
 * Keycloak id and roles, the permission-table action, the aggregate's resource, id, town and new
 * version. Facts and ids only: no field values, so the audit holds no personal data beyond the
 * actor's id, which {@link #anonymise} replaces on the person's erasure.
 *
 * <p>Off unless {@code cohesion.audit.enabled} (a service that turns it on also adds {@code
 * db/kit/audit} to {@code quarkus.flyway.locations}); see docs/operations.md.
 */
@ApplicationScoped
public class AdminAudit {

  static final String ERASED = "erased";

  private final boolean enabled;
  private final EntityManager entityManager;

  AdminAudit(
      @ConfigProperty(name = "cohesion.audit.enabled", defaultValue = "false") boolean enabled,
      EntityManager entityManager) {
    this.enabled = enabled;
    this.entityManager = entityManager;
  }

  public boolean enabled() {
    return enabled;
  }

  /** Records one change by a signed-in actor; anonymous changes (none are allowed) are skipped. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor,
      Enum<?> action,
      String resource,
      Object aggregateId,
      String city,
      Long version,
      Instant at) {
    if (!enabled || actor == null || actor.subject() == null) {
      return;
    }
    entityManager
        .createNativeQuery(
            "INSERT INTO admin_audit (at, actor, actor_roles, action, resource, aggregate_id, city,"
                + " version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, actor.subject())
        .setParameter(
            3, actor.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")))
        .setParameter(4, action.name())
        .setParameter(5, resource)
        .setParameter(6, String.valueOf(aggregateId))
        .setParameter(7, city)
        .setParameter(8, version)
        .executeUpdate();
  }

  /** Newest first, optionally of one aggregate or one actor: page {@code page} of {@code size}. */
  @Transactional
  public ResultPage<AdminAuditEntry> page(String aggregateId, String actor, int page, int size) {
    String where =
        " FROM admin_audit WHERE (CAST(?1 AS VARCHAR) IS NULL OR aggregate_id = ?1)"
            + " AND (CAST(?2 AS VARCHAR) IS NULL OR actor = ?2)";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, at, actor, actor_roles, action, resource, aggregate_id, city, version"
                    + where
                    + " ORDER BY at DESC, id DESC OFFSET ?3 LIMIT ?4")
            .setParameter(1, aggregateId)
            .setParameter(2, actor)
            .setParameter(3, (long) page * size)
            .setParameter(4, size)
            .getResultList();
    long total =
        ((Number)
                entityManager
                    .createNativeQuery("SELECT count(*)" + where)
                    .setParameter(1, aggregateId)
                    .setParameter(2, actor)
                    .getSingleResult())
            .longValue();
    return ResultPage.of(rows.stream().map(AdminAudit::entry).toList(), page, size, total);
  }

  /**
   * The page {@code GET /admin-audit} answers: only to a caller whom the service's table lets read
   * the audit everywhere (it spans every town), otherwise a 403.
   */
  public <A extends Enum<A>> ResultPage<AdminAuditEntry> pageFor(
      Actor caller,
      PermissionTable<A> table,
      A action,
      AdminAuditFilter filter,
      PageRequest request) {
    if (!table.allowsEverywhere(action, caller)) {
      throw new ActionNotPermittedException("you may not read the audit of administrative changes");
    }
    return page(filter.aggregateId(), filter.actorId(), request.page(), request.size());
  }

  /**
   * What a person's export lists of the audit: the changes made under their Keycloak id, newest
   * first, at most {@code limit} (the audit endpoint pages through more).
   */
  @Transactional
  public List<AdministrativeChange> changesBy(String subject, int limit) {
    if (!enabled) {
      return List.of();
    }
    return page(null, subject, 0, limit).items().stream()
        .map(e -> new AdministrativeChange(e.at(), e.action(), e.resource(), e.aggregateId()))
        .toList();
  }

  /** On a person's erasure: their rows stay (what was changed, when), their id becomes "erased". */
  @Transactional(Transactional.TxType.MANDATORY)
  public int anonymise(String subject) {
    if (!enabled) {
      return 0;
    }
    return entityManager
        .createNativeQuery("UPDATE admin_audit SET actor = ?1 WHERE actor = ?2")
        .setParameter(1, ERASED)
        .setParameter(2, subject)
        .executeUpdate();
  }

  private static AdminAuditEntry entry(Object[] row) {
    return new AdminAuditEntry(
        ((Number) row[0]).longValue(),
        instant(row[1]),
        (String) row[2],
        ((String) row[3]).isEmpty() ? List.of() : Arrays.asList(((String) row[3]).split(",")),
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        row[8] == null ? null : ((Number) row[8]).longValue());
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
