package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.IMPORT_POOL;
import static eu.cohesion.panel.domain.PanelAction.MANAGE_POOL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.IfMatchRequiredException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.problem.StaleVersionException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.CandidatePool;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PoolCandidate;
import eu.cohesion.panel.domain.PoolQuota;
import eu.cohesion.panel.domain.PoolRuleException;
import eu.cohesion.panel.domain.sortition.CsvLineIssue;
import eu.cohesion.panel.domain.sortition.CsvReport;
import eu.cohesion.panel.domain.sortition.Quota;
import eu.cohesion.panel.domain.sortition.SortitionCsv;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A panel's candidate pool: its settings and quotas, its candidates by hand or from a CSV file, and
 * both as CSV again. Every change moves the pool's version, on which draws are based.
 */
@ApplicationScoped
public class CandidatePools {

  private final PanelRepository panels;
  private final CandidatePoolRepository pools;
  private final PoolCandidateRepository candidates;
  private final ChangeGate gate;
  private final Event<PersonalDataAccessed> personalData;

  CandidatePools(
      PanelRepository panels,
      CandidatePoolRepository pools,
      PoolCandidateRepository candidates,
      ChangeGate gate,
      Event<PersonalDataAccessed> personalData) {
    this.panels = panels;
    this.pools = pools;
    this.candidates = candidates;
    this.gate = gate;
    this.personalData = personalData;
  }

  /** A pool and how many candidates it holds. */
  public record PoolState(CandidatePool pool, long candidates) {}

  /** Marks a change of one candidate, which does not match the pool's version. */
  private static final long CANDIDATE_LEVEL = -1;

  /** The pool, or an empty one (version 0) for a panel whose pool was never changed. */
  public PoolState get(Actor actor, UUID panelId) {
    Panel panel = panel(panelId);
    PanelPermissions.TABLE.require(
        VIEW_POOL, actor, panel.cityCode(), "you may not see this panel's candidate pool");
    CandidatePool pool =
        pools.findByIdOptional(panelId).orElseGet(() -> CandidatePool.of(panel, panel.createdAt()));
    return new PoolState(pool, candidates.countOfPool(panelId));
  }

  /** Replaces seats, household rule and quotas; If-Match names the pool's version. */
  @Transactional
  public PoolState configure(Actor actor, UUID panelId, Long ifMatch, PoolSettings settings) {
    CandidatePool pool = changing(actor, panelId, MANAGE_POOL, ifMatch);
    pool.configure(
        settings.seats(),
        settings.onePerHousehold(),
        settings.addressColumns(),
        settings.quotas(),
        gate.now());
    pools.flush();
    return new PoolState(pool, candidates.countOfPool(panelId));
  }

  /**
   * Replaces the quotas from a features CSV ({@code feature,value,min,max}); nothing on a reject.
   */
  @Transactional
  public PoolState importQuotas(Actor actor, UUID panelId, Long ifMatch, byte[] file) {
    CandidatePool pool = changing(actor, panelId, IMPORT_POOL, ifMatch);
    CsvReport<List<Quota>> report = SortitionCsv.readFeatures(file);
    if (!report.accepted()) {
      throw new CsvRejectedException("features", report.issues());
    }
    List<PoolQuota> quotas = new ArrayList<>();
    List<CsvLineIssue> issues = new ArrayList<>();
    for (int i = 0; i < report.value().size(); i++) {
      Quota q = report.value().get(i);
      try {
        quotas.add(new PoolQuota(q.feature(), q.value(), q.min(), q.max()));
      } catch (PoolRuleException e) {
        issues.add(new CsvLineIssue(i + 2, null, "invalid-value", e.getMessage()));
      }
    }
    if (!issues.isEmpty()) {
      throw new CsvRejectedException("features", issues);
    }
    pool.configure(pool.seats(), pool.onePerHousehold(), pool.addressColumns(), quotas, gate.now());
    pools.flush();
    return new PoolState(pool, candidates.countOfPool(panelId));
  }

  public String exportQuotas(Actor actor, UUID panelId) {
    return SortitionCsv.writeFeatures(
        get(actor, panelId).pool().quotas().stream()
            .map(q -> new Quota(q.feature(), q.value(), q.min(), q.max()))
            .toList());
  }

  /**
   * Replaces the pool's candidates with those of a candidates CSV, all or nothing. Candidates a
   * confirmed draw made members stay (their membership refers to them).
   */
  @Transactional
  public PoolState importCandidates(Actor actor, UUID panelId, Long ifMatch, byte[] file) {
    CandidatePool pool = changing(actor, panelId, IMPORT_POOL, ifMatch);
    CsvReport<CandidateFile.Read> report = CandidateFile.read(file);
    if (!report.accepted()) {
      throw new CsvRejectedException("candidates", report.issues());
    }
    Instant now = gate.now();
    candidates.removeAllOf(panelId);
    for (PoolCandidate.Details details : report.value().candidates()) {
      PoolCandidate candidate = PoolCandidate.enter(panelId, details, now);
      candidates.persist(candidate);
      changed(actor, candidate, "imported");
    }
    if (pool.addressColumns().isEmpty() && !report.value().addressColumns().isEmpty()) {
      pool.configure(
          pool.seats(),
          pool.onePerHousehold(),
          report.value().addressColumns(),
          pool.quotas(),
          now);
    }
    pool.touch(now);
    pools.flush();
    return new PoolState(pool, candidates.countOfPool(panelId));
  }

  public String exportCandidates(Actor actor, UUID panelId) {
    get(actor, panelId);
    List<PoolCandidate> all = candidates.ofPool(panelId);
    all.forEach(c -> viewed(actor, c, "exported"));
    return CandidateFile.write(all);
  }

  public ResultPage<PoolCandidate> list(Actor actor, UUID panelId, PageRequest paging) {
    Panel panel = panel(panelId);
    PanelPermissions.TABLE.require(
        VIEW_POOL, actor, panel.cityCode(), "you may not see this panel's candidates");
    ResultPage<PoolCandidate> page =
        Filter.of(paging)
            .and("panelId = :panelId", "panelId", panelId)
            .page(candidates, paging)
            .in(panel.cityCode());
    page.items().forEach(c -> viewed(actor, c, "listed"));
    return page;
  }

  @Transactional
  public PoolCandidate add(Actor actor, UUID panelId, PoolCandidate.Details details) {
    CandidatePool pool = changing(actor, panelId, MANAGE_POOL, CANDIDATE_LEVEL);
    Instant now = gate.now();
    PoolCandidate candidate = PoolCandidate.enter(panelId, details, now);
    candidates.persist(candidate);
    pool.touch(now);
    candidates.flush();
    changed(actor, candidate, "added");
    return candidate;
  }

  @Transactional
  public PoolCandidate edit(
      Actor actor, UUID panelId, UUID candidateId, Long ifMatch, PoolCandidate.Details details) {
    CandidatePool pool = changing(actor, panelId, MANAGE_POOL, CANDIDATE_LEVEL);
    PoolCandidate candidate = candidate(panelId, candidateId, ifMatch);
    Instant now = gate.now();
    candidate.edit(details, now);
    pool.touch(now);
    candidates.flush();
    changed(actor, candidate, "edited");
    return candidate;
  }

  @Transactional
  public void remove(Actor actor, UUID panelId, UUID candidateId, Long ifMatch) {
    CandidatePool pool = changing(actor, panelId, MANAGE_POOL, CANDIDATE_LEVEL);
    PoolCandidate candidate = candidate(panelId, candidateId, ifMatch);
    if (candidate.memberId() != null) {
      throw new PoolRuleException(
          "this candidate was drawn and is a panel member: the member leaves the panel instead");
    }
    candidates.delete(candidate);
    pool.touch(gate.now());
    candidates.flush();
    changed(actor, candidate, "removed");
  }

  /**
   * Opens a change of the pool: 404 without the panel, 403 without the right, the pool's row locked
   * (created empty on its first change) and its version moved. A change of the pool itself names
   * the version it is based on ({@code ifMatch}: 428 when missing, 412 when stale); a change of one
   * candidate passes {@link #CANDIDATE_LEVEL} and matches the candidate's own version instead.
   */
  private CandidatePool changing(Actor actor, UUID panelId, PanelAction action, Long ifMatch) {
    Panel panel = panel(panelId);
    PanelPermissions.TABLE.require(
        action,
        actor,
        panel.cityCode(),
        "you may not change the candidate pool of town " + panel.cityCode());
    CandidatePool pool =
        pools
            .locked(panelId)
            .orElseGet(
                () -> {
                  CandidatePool created = CandidatePool.of(panel, gate.now());
                  pools.persist(created);
                  pools.flush();
                  return created;
                });
    if (ifMatch == null) {
      throw new IfMatchRequiredException();
    }
    if (ifMatch != CANDIDATE_LEVEL && ifMatch != pool.version()) {
      throw new StaleVersionException("pool " + panelId, ifMatch, pool.version());
    }
    pools.bump(pool);
    return pool;
  }

  private PoolCandidate candidate(UUID panelId, UUID candidateId, Long ifMatch) {
    PoolCandidate candidate =
        candidates
            .findByIdOptional(candidateId)
            .filter(c -> c.panelId().equals(panelId))
            .orElseThrow(() -> new ResourceNotFoundException("candidate", candidateId));
    if (ifMatch == null) {
      throw new IfMatchRequiredException();
    }
    if (ifMatch != candidate.version()) {
      throw new StaleVersionException("candidate " + candidateId, ifMatch, candidate.version());
    }
    return candidate;
  }

  private Panel panel(UUID panelId) {
    return panels
        .findByIdOptional(panelId)
        .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
  }

  private void viewed(Actor actor, PoolCandidate candidate, String what) {
    personalData.fire(
        new PersonalDataAccessed(
            actor.subject(), Access.VIEWED, "sortition-candidate", candidate.id(), what));
  }

  private void changed(Actor actor, PoolCandidate candidate, String what) {
    personalData.fire(
        new PersonalDataAccessed(
            actor.subject(), Access.CHANGED, "sortition-candidate", candidate.id(), what));
  }
}
