package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.CONFIRM_DRAW;
import static eu.cohesion.panel.domain.PanelAction.RUN_DRAW;
import static eu.cohesion.panel.domain.PanelAction.VIEW_DRAW_AUDIT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.CandidateFeatures;
import eu.cohesion.panel.domain.CandidatePool;
import eu.cohesion.panel.domain.ConsentText;
import eu.cohesion.panel.domain.DrawInputs;
import eu.cohesion.panel.domain.DrawStateException;
import eu.cohesion.panel.domain.DrawStatus;
import eu.cohesion.panel.domain.InfeasibleDrawException;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PoolCandidate;
import eu.cohesion.panel.domain.PoolQuota;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.QuotaPrecheck;
import eu.cohesion.panel.domain.SortitionDraw;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.domain.sortition.Candidate;
import eu.cohesion.panel.domain.sortition.Quota;
import eu.cohesion.panel.domain.sortition.SortitionProblem;
import eu.cohesion.panel.events.DrawConfirmed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draws of a panel's candidate pool: started after a quick feasibility check and computed by the
 * {@link DrawRunner}; read while they run; confirmed (the sampled candidates join the panel) or
 * discarded by the coordinator; published as an audit once confirmed.
 */
@ApplicationScoped
public class SortitionDraws {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final PanelRepository panels;
  private final CandidatePoolRepository pools;
  private final PoolCandidateRepository candidates;
  private final SortitionDrawRepository draws;
  private final PanelMembership membership;
  private final DrawRunner runner;
  private final ChangeGate gate;

  SortitionDraws(
      PanelRepository panels,
      CandidatePoolRepository pools,
      PoolCandidateRepository candidates,
      SortitionDrawRepository draws,
      PanelMembership membership,
      DrawRunner runner,
      ChangeGate gate) {
    this.panels = panels;
    this.pools = pools;
    this.candidates = candidates;
    this.draws = draws;
    this.membership = membership;
    this.runner = runner;
    this.gate = gate;
  }

  /**
   * Records a RUNNING draw and hands it to the runner once committed.
   *
   * @param seed the coordinator's seed, or null for a fresh one from {@link SecureRandom}
   * @throws InfeasibleDrawException quotas that obviously cannot hold (422)
   */
  public SortitionDraw start(Actor actor, UUID panelId, Long seed) {
    Started started = QuarkusTransaction.requiringNew().call(() -> record(actor, panelId, seed));
    runner.submit(started.draw().id(), started.problem());
    return started.draw();
  }

  private record Started(SortitionDraw draw, SortitionProblem problem) {}

  private Started record(Actor actor, UUID panelId, Long seed) {
    Panel panel = panel(panelId);
    PanelPermissions.TABLE.require(
        RUN_DRAW, actor, panel.cityCode(), "you may not run draws of town " + panel.cityCode());
    CandidatePool pool =
        pools
            .locked(panelId)
            .orElseThrow(() -> new DrawStateException("the pool has no candidates yet"));
    List<PoolCandidate> eligible = eligible(panelId);
    if (pool.seats() < 1) {
      throw new DrawStateException("set the number of seats before drawing");
    }
    if (pool.seats() > eligible.size()) {
      throw new InfeasibleDrawException(
          pool.seats() + " seats but only " + eligible.size() + " candidates", List.of());
    }
    Set<String> quotaFeatures =
        pool.quotas().stream().map(PoolQuota::feature).collect(Collectors.toSet());
    for (String feature : quotaFeatures) {
      long without = eligible.stream().filter(c -> !c.features().containsKey(feature)).count();
      if (without > 0) {
        throw new InfeasibleDrawException(
            without + " candidates have no value for " + feature + ", which a quota counts",
            pool.quotas().stream().filter(q -> q.feature().equals(feature)).toList());
      }
    }
    List<PoolQuota> conflicts =
        QuotaPrecheck.conflicts(
            pool.seats(), pool.quotas(), eligible.stream().map(PoolCandidate::features).toList());
    if (!conflicts.isEmpty()) {
      throw new InfeasibleDrawException("no panel can meet these quotas", conflicts);
    }
    DrawInputs inputs = DrawInputs.of(pool, eligible);
    boolean given = seed != null;
    SortitionDraw draw =
        SortitionDraw.start(
            pool,
            eligible.size(),
            given ? seed : SEEDS.nextLong(),
            given,
            inputs.digest(),
            actor.subject(),
            gate.now());
    draws.persist(draw);
    draws.flush();
    return new Started(draw, problem(inputs));
  }

  /** The pool's candidates who may still be drawn: not yet members, not erased. */
  private List<PoolCandidate> eligible(UUID panelId) {
    return candidates.ofPool(panelId).stream()
        .filter(c -> c.memberId() == null && c.erasedAt() == null)
        .toList();
  }

  private static SortitionProblem problem(DrawInputs inputs) {
    return new SortitionProblem(
        inputs.candidates().stream()
            .map(c -> new Candidate(c.id().toString(), c.features(), c.household()))
            .toList(),
        inputs.quotas().stream()
            .map(q -> new Quota(q.feature(), q.value(), q.min(), q.max()))
            .toList(),
        inputs.seats(),
        inputs.onePerHousehold());
  }

  /** One draw with the names of the pool's candidates, for those who manage the pool. */
  public DrawDetails get(Actor actor, UUID panelId, UUID drawId) {
    SortitionDraw draw = draw(panelId, drawId);
    PanelPermissions.TABLE.require(
        VIEW_POOL, actor, draw.cityCode(), "you may not see this panel's draws");
    Map<String, PoolCandidate> byId =
        candidates.ofPool(panelId).stream()
            .collect(Collectors.toMap(c -> c.id().toString(), Function.identity()));
    return new DrawDetails(draw, byId);
  }

  /** A draw and the candidates it names (those still in the pool). */
  public record DrawDetails(SortitionDraw draw, Map<String, PoolCandidate> candidates) {}

  /** The published audit of a confirmed draw: anyone may read it; it names no one. */
  public SortitionDraw audit(Actor actor, UUID panelId, UUID drawId) {
    SortitionDraw draw = draw(panelId, drawId);
    if (draw.status() != DrawStatus.CONFIRMED) {
      throw new ResourceNotFoundException("draw audit", drawId);
    }
    PanelPermissions.TABLE.require(
        VIEW_DRAW_AUDIT, actor, draw.cityCode(), "you may not see this draw's audit");
    return draw;
  }

  public ResultPage<SortitionDraw> list(Actor actor, UUID panelId, PageRequest paging) {
    Panel panel = panel(panelId);
    PanelPermissions.TABLE.require(
        VIEW_POOL, actor, panel.cityCode(), "you may not see this panel's draws");
    return Filter.of(paging)
        .and("panelId = :panelId", "panelId", panelId)
        .page(draws, paging)
        .in(panel.cityCode());
  }

  /**
   * The sampled candidates join the panel (each a {@code member-joined}, with {@link
   * MembersChanged} for the balance), then {@code draw-confirmed}; all in one transaction. At most
   * one draw per pool version is confirmed, and only while the pool is as it was drawn.
   */
  @Transactional
  public SortitionDraw confirm(Actor actor, UUID panelId, UUID drawId, Long ifMatch) {
    return gate.load(
            "draw", drawId, draws.findByIdOptional(drawId).filter(d -> d.panelId().equals(panelId)))
        .permit(PanelPermissions.TABLE, CONFIRM_DRAW, actor, "confirm draws")
        .ifMatch(ifMatch)
        .apply(
            (draw, now) -> {
              CandidatePool pool = pools.locked(panelId).orElseThrow();
              if (draws.confirmedFor(panelId, pool.version())) {
                throw new DrawStateException(
                    "another draw of this pool version is confirmed already");
              }
              draw.confirm(pool.version(), actor.subject(), now);
              List<UUID> memberIds = new ArrayList<>();
              for (UUID candidateId : draw.selected()) {
                PoolCandidate candidate = candidates.findById(candidateId);
                memberIds.add(join(actor, panelId, candidate, now));
              }
              return List.of(DrawConfirmed.of(draw, memberIds));
            });
  }

  /**
   * The drawn candidate joins as a member. Their population group moves into the panel only when
   * they consented to the panel's current consent text; otherwise they join without it and the
   * coordinator records the panel's consent with them (a recruitment form's consent is not the
   * panel's).
   */
  private UUID join(Actor actor, UUID panelId, PoolCandidate candidate, Instant now) {
    Map<String, String> features = candidate.features();
    String group = features.get(CandidateFeatures.POPULATION_GROUP);
    boolean consent =
        candidate.consentRecordedAt() != null
            && ConsentText.CURRENT.version().equals(candidate.consentTextVersion());
    PanelMember member =
        membership
            .add(
                actor,
                panelId,
                new NewMember(
                    candidate.displayName(),
                    StakeholderCategory.valueOf(features.get(CandidateFeatures.CATEGORY)),
                    MemberRole.MEMBER,
                    null,
                    group != null && consent ? List.of(PopulationGroup.valueOf(group)) : List.of(),
                    group != null && consent ? ConsentText.CURRENT.version() : null))
            .member();
    candidate.becameMember(member.id(), now);
    return member.id();
  }

  @Transactional
  public SortitionDraw discard(Actor actor, UUID panelId, UUID drawId, Long ifMatch) {
    return gate.load(
            "draw", drawId, draws.findByIdOptional(drawId).filter(d -> d.panelId().equals(panelId)))
        .permit(PanelPermissions.TABLE, CONFIRM_DRAW, actor, "discard draws")
        .ifMatch(ifMatch)
        .apply(
            (draw, now) -> {
              draw.discard(actor.subject(), now);
              return List.of();
            });
  }

  private SortitionDraw draw(UUID panelId, UUID drawId) {
    return draws
        .findByIdOptional(drawId)
        .filter(d -> d.panelId().equals(panelId))
        .orElseThrow(() -> new ResourceNotFoundException("draw", drawId));
  }

  private Panel panel(UUID panelId) {
    return panels
        .findByIdOptional(panelId)
        .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
  }
}
