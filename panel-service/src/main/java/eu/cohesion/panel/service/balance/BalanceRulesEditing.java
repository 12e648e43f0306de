package eu.cohesion.panel.service.balance;

import static eu.cohesion.panel.domain.PanelAction.EDIT_BALANCE_RULES;

import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.IfMatchRequiredException;
import eu.cohesion.kit.problem.StaleVersionException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.balance.BalanceRules;
import eu.cohesion.panel.domain.balance.BalanceRulesVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Reads and changes the network's balance rules. A change is a new version; every panel is then
 * recomputed in the same transaction, so no panel shows a score under rules no longer in force.
 */
@ApplicationScoped
public class BalanceRulesEditing {

  private final BalanceRulesRepository versions;
  private final PanelBalancing balancing;
  private final ChangeGate gate;
  private final AdminAudit audit;

  BalanceRulesEditing(
      BalanceRulesRepository versions,
      PanelBalancing balancing,
      ChangeGate gate,
      AdminAudit audit) {
    this.versions = versions;
    this.balancing = balancing;
    this.gate = gate;
    this.audit = audit;
  }

  /** Public: anyone may see what a score measures. */
  public BalanceRulesVersion current() {
    return versions.current();
  }

  public List<BalanceRulesVersion> history() {
    return versions.history();
  }

  /**
   * The rules are the network's, not a town's, so they have no aggregate for the change gate; the
   * same steps in the same order: 403, 428 without If-Match, 412 when stale.
   */
  @Transactional
  public BalanceRulesVersion change(Actor actor, Long expectedVersion, BalanceRules rules) {
    if (!PanelPermissions.TABLE.allowsEverywhere(EDIT_BALANCE_RULES, actor)) {
      throw new ActionNotPermittedException("you may not change the balance rules");
    }
    if (expectedVersion == null) {
      throw new IfMatchRequiredException();
    }
    BalanceRulesVersion current = versions.current();
    if (expectedVersion != current.version()) {
      throw new StaleVersionException("the balance rules", expectedVersion, current.version());
    }
    Instant now = gate.now();
    BalanceRulesVersion next = BalanceRulesVersion.next(current, rules, actor.subject(), now);
    try {
      versions.persistAndFlush(next);
    } catch (PersistenceException e) {
      // A concurrent change took the next version number between the check and this insert.
      throw new StaleVersionException("the balance rules", expectedVersion, next.version());
    }
    balancing.recomputeAll(next, now);
    // Not through the gate (no aggregate), so audited here: the network's rules, no town.
    audit.record(
        actor, EDIT_BALANCE_RULES, "balance-rules", "network", null, (long) next.version(), now);
    return next;
  }
}
