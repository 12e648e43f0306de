package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.events.MemberJoined;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Adds members to panels and lists them for those who may see their personal data. */
@ApplicationScoped
public class PanelMembership {

  private final PanelRepository panels;
  private final PanelMemberRepository members;
  private final ChangeGate gate;
  private final Event<MembersChanged> membersChanged;
  private final Event<PersonalDataAccessed> personalData;

  PanelMembership(
      PanelRepository panels,
      PanelMemberRepository members,
      ChangeGate gate,
      Event<MembersChanged> membersChanged,
      Event<PersonalDataAccessed> personalData) {
    this.panels = panels;
    this.members = members;
    this.gate = gate;
    this.membersChanged = membersChanged;
    this.personalData = personalData;
  }

  /**
   * The member, the panel's new {@code updatedAt} and the {@code eu.cohesion.panel.member-joined}
   * event commit together or not at all. Adding a member is no edit of the panel: no If-Match.
   */
  @Transactional
  public PanelMember add(Actor actor, UUID panelId, NewMember request) {
    Panel panel =
        gate.load("panel", panelId, panels.findByIdOptional(panelId))
            .permit(PanelPermissions.TABLE, ADD_MEMBER, actor, "add members to panels")
            .admitted();
    Instant now = gate.now();
    PanelMember member =
        PanelMember.join(
            panel.id(),
            request.displayName(),
            request.stakeholderCategory(),
            request.organisation(),
            request.populationGroups(),
            request.consentRecorded(),
            now);
    members.persist(member);
    // The composition is part of the panel's public summary. A bulk update does not bump the
    // panel's version: concurrent joins queue on the row lock instead of failing.
    panels.touch(panel.id(), now);
    gate.announce(now, MemberJoined.of(panel, member));
    membersChanged.fire(new MembersChanged(panel.id(), now));
    personalData.fire(
        new PersonalDataAccessed(
            actor.subject(), Access.CHANGED, "panel-member", member.id(), "joined"));
    return member;
  }

  public ResultPage<PanelMember> list(Actor actor, UUID panelId, MemberQuery query) {
    Panel panel =
        panels
            .findByIdOptional(panelId)
            .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
    PanelPermissions.TABLE.require(
        VIEW_MEMBERS, actor, panel.cityCode(), "you may not see this panel's members");
    ResultPage<PanelMember> page =
        Filter.of(query.paging())
            .and("panelId = :panelId", "panelId", panel.id())
            .page(members, query.paging())
            .in(panel.cityCode());
    page.items()
        .forEach(
            member ->
                personalData.fire(
                    new PersonalDataAccessed(
                        actor.subject(), Access.VIEWED, "panel-member", member.id(), "listed")));
    return page;
  }
}
