package eu.cohesion.panel.service.privacy;

import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.PersonalDataAuditEntry;
import eu.cohesion.panel.service.PanelRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Records every {@link PersonalDataAccessed} in the transaction of the access itself, so a view or
 * change and its audit row commit together, and reads a panel's rows for its coordinators.
 */
@ApplicationScoped
public class PersonalDataAudit {

  private final PersonalDataAuditRepository entries;
  private final PanelRepository panels;
  private final EntityManager entityManager;
  private final Clock clock;

  PersonalDataAudit(
      PersonalDataAuditRepository entries,
      PanelRepository panels,
      EntityManager entityManager,
      Clock clock) {
    this.entries = entries;
    this.panels = panels;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** Joins the caller's transaction; a read without one (a list) gets its own. */
  @Transactional
  void record(@Observes PersonalDataAccessed accessed) {
    entries.persist(
        PersonalDataAuditEntry.of(
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            accessed.actorId(),
            accessed.access().name(),
            accessed.subjectKind(),
            accessed.subjectId(),
            panelOf(accessed.subjectId()).orElse(null),
            accessed.what()));
  }

  /** The newest rows first, of the records that belong to the panel. */
  public ResultPage<PersonalDataAuditEntry> list(Actor actor, UUID panelId, PageRequest paging) {
    Panel panel =
        panels
            .findByIdOptional(panelId)
            .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
    PanelPermissions.TABLE.require(
        PanelAction.VIEW_PERSONAL_DATA_AUDIT,
        actor,
        panel.cityCode(),
        "you may not see this panel's personal-data audit");
    // Rows never change, so updatedSince reads as "recorded since".
    var found =
        paging.updatedSince() == null
            ? entries.find("panelId = ?1", paging.sorting().toSort(), panel.id())
            : entries.find(
                "panelId = ?1 and at >= ?2",
                paging.sorting().toSort(),
                panel.id(),
                paging.updatedSince());
    found.page(Page.of(paging.page(), paging.size()));
    return ResultPage.of(found.list(), paging.page(), paging.size(), found.count())
        .in(panel.cityCode());
  }

  /**
   * The panel a record belongs to. The event names the record, not its panel; the records that hold
   * personal data here are members and sessions, both of one panel.
   */
  private Optional<UUID> panelOf(UUID subjectId) {
    PanelMember member = entityManager.find(PanelMember.class, subjectId);
    if (member != null) {
      return Optional.of(member.panelId());
    }
    PanelSession session = entityManager.find(PanelSession.class, subjectId);
    return Optional.ofNullable(session).map(PanelSession::panelId);
  }
}
