package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;

import eu.cohesion.kit.events.EventOutbox;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.events.MemberJoined;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Adds members to panels and lists them for those who may see their personal data. */
@ApplicationScoped
public class PanelMembership {

  private final PanelRepository panels;
  private final PanelMemberRepository members;
  private final EventOutbox outbox;

  PanelMembership(PanelRepository panels, PanelMemberRepository members, EventOutbox outbox) {
    this.panels = panels;
    this.members = members;
    this.outbox = outbox;
  }

  /**
   * The member and its {@code eu.cohesion.panel.member-joined} event commit together or not at all.
   * The event's subject is the panel, so that a panel's events stay in order.
   */
  @Transactional
  public PanelMember add(Actor actor, UUID panelId, NewMember request) {
    Panel panel = panel(panelId);
    if (!PanelPermissions.TABLE.allows(ADD_MEMBER, actor, panel.cityCode())) {
      throw new ActionNotPermittedException("you may not add members to this panel");
    }
    // PostgreSQL keeps microseconds: truncating keeps the response equal to later reads.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    PanelMember member =
        PanelMember.join(
            panel.id(),
            request.displayName(),
            request.stakeholderCategory(),
            request.organisation(),
            request.populationGroups(),
            request.consentRecorded(),
            now);
    members.persistAndFlush(member);
    outbox.append(
        MemberJoined.TYPE,
        panel.id(),
        now,
        new MemberJoined(panel.id(), member.id(), panel.cityCode(), member.stakeholderCategory()));
    return member;
  }

  public ResultPage<PanelMember> list(Actor actor, UUID panelId, MemberQuery query) {
    Panel panel = panel(panelId);
    if (!PanelPermissions.TABLE.allows(VIEW_MEMBERS, actor, panel.cityCode())) {
      throw new ActionNotPermittedException("you may not see this panel's members");
    }
    Sort.Direction direction =
        query.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
    // The id breaks ties, so that equal names or instants never shuffle between pages.
    Sort sort = Sort.by(query.sort().property(), direction).and("id");
    PanacheQuery<PanelMember> found = members.find("panelId", sort, panel.id());
    found.page(Page.of(query.page(), query.size()));
    return ResultPage.of(found.list(), query.page(), query.size(), found.count());
  }

  private Panel panel(UUID panelId) {
    return panels
        .findByIdOptional(panelId)
        .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
  }
}
