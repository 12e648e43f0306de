package eu.cohesion.panel.service.audit;

import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.kit.audit.AdminAuditEntry;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the audit of administrative changes (kit.audit.AdminAudit): the network admin only. */
@ApplicationScoped
public class AdministrativeChanges {

  private final AdminAudit audit;

  AdministrativeChanges(AdminAudit audit) {
    this.audit = audit;
  }

  public ResultPage<AdminAuditEntry> list(
      Actor actor, String aggregateId, String actorId, int page, int size) {
    if (!PanelPermissions.TABLE.allowsEverywhere(PanelAction.VIEW_ADMIN_AUDIT, actor)) {
      throw new ActionNotPermittedException("you may not read the audit of administrative changes");
    }
    return audit.page(aggregateId, actorId, page, size);
  }
}
