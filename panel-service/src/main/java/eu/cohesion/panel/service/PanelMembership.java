package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.EDIT_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.RECORD_CONSENT;
import static eu.cohesion.panel.domain.PanelAction.REMOVE_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;
import static eu.cohesion.panel.domain.PanelAction.WITHDRAW_CONSENT;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelClosedException;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.events.MemberChanged;
import eu.cohesion.panel.events.MemberJoined;
import eu.cohesion.panel.events.MemberLeft;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A panel's members: joining, edits, leaving, consent to the recording of population groups. Every
 * change fires {@link MembersChanged} (the balance recomputes in the same transaction) and {@link
 * PersonalDataAccessed} (the audit), and announces a member event without personal data.
 */
@ApplicationScoped
public class PanelMembership {

  private static final String SUBJECT_KIND = "panel-member";

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
   * Refused: unknown panel (404), other town (403), CLOSED panel, groups without consent, consent
   * to an outdated text, a second chair (422).
   */
  @Transactional
  public MemberInPanel add(Actor actor, UUID panelId, NewMember request) {
    Panel panel =
        gate.load("panel", panelId, panels.findByIdOptional(panelId))
            .permit(PanelPermissions.TABLE, ADD_MEMBER, actor, "add members to panels")
            .admitted();
    if (panel.status() == PanelStatus.CLOSED) {
      throw new PanelClosedException("add members");
    }
    if (request.role() == MemberRole.CHAIR) {
      members.activeChair(panel.id()).ifPresent(chair -> refuseSecondChair(chair, null));
    }
    Instant now = gate.now();
    PanelMember member =
        PanelMember.join(
            panel.id(),
            request.displayName(),
            request.stakeholderCategory(),
            request.role(),
            request.organisation(),
            request.populationGroups(),
            request.consentTextVersion(),
            now);
    members.persist(member);
    // The composition is part of the panel's public summary. A bulk update does not bump the
    // panel's version: concurrent joins queue on the row lock instead of failing.
    panels.touch(panel.id(), now);
    // Audited as a change of the panel (its composition): the member is no aggregate of its own.
    gate.created(actor, ADD_MEMBER, "panel", panel, now, List.of(MemberJoined.of(panel, member)));
    changed(actor, panel, member, now, "joined");
    return new MemberInPanel(panel, member);
  }

  /** One page of the panel's members, by default those still in it; audited as viewed. */
  public ResultPage<PanelMember> list(Actor actor, UUID panelId, MemberQuery query) {
    Panel panel = panel(panelId);
    PanelPermissions.TABLE.require(
        VIEW_MEMBERS, actor, panel.cityCode(), "you may not see this panel's members");
    ResultPage<PanelMember> page =
        Filter.of(query.paging())
            .and("panelId = :panelId", "panelId", panel.id())
            .and("(:history = true or leftAt is null)", "history", query.withHistory())
            .page(members, query.paging())
            .in(panel.cityCode());
    page.items().forEach(member -> viewed(actor, member, "listed"));
    return page;
  }

  /** One membership period with its personal data; audited as viewed. */
  public MemberInPanel get(Actor actor, UUID panelId, UUID memberId) {
    Panel panel = panel(panelId);
    PanelMember member =
        members
            .findInPanel(panelId, memberId)
            .orElseThrow(() -> new ResourceNotFoundException("member", memberId));
    PanelPermissions.TABLE.require(
        VIEW_MEMBERS, actor, panel.cityCode(), "you may not see this panel's members");
    viewed(actor, member, "viewed");
    return new MemberInPanel(panel, member);
  }

  /** Name, category, role, organisation; announces {@code member-changed}. */
  @Transactional
  public MemberInPanel edit(Actor actor, UUID panelId, UUID memberId, MemberEdit edit) {
    return change(
        actor,
        panelId,
        memberId,
        EDIT_MEMBER,
        "edit members",
        edit.expectedVersion(),
        "edited",
        (member, now) -> {
          if (edit.role() == MemberRole.CHAIR) {
            members
                .activeChair(panelId)
                .ifPresent(chair -> refuseSecondChair(chair, member.member()));
          }
          member
              .member()
              .edit(
                  edit.displayName(),
                  edit.stakeholderCategory(),
                  edit.role(),
                  edit.organisation(),
                  now);
          return List.of(MemberChanged.of(member.panel(), member.member()));
        });
  }

  /** Ends the membership period; announces {@code member-left}. */
  @Transactional
  public MemberInPanel leave(
      Actor actor, UUID panelId, UUID memberId, Long expectedVersion, String reason) {
    return change(
        actor,
        panelId,
        memberId,
        REMOVE_MEMBER,
        "remove members",
        expectedVersion,
        "left",
        (member, now) -> {
          member.member().leave(reason, now);
          return List.of(MemberLeft.of(member.panel(), member.member()));
        });
  }

  /** Records consent to the current text and the declared groups; announces member-changed. */
  @Transactional
  public MemberInPanel recordConsent(
      Actor actor, UUID panelId, UUID memberId, ConsentRecord consent) {
    return change(
        actor,
        panelId,
        memberId,
        RECORD_CONSENT,
        "record consent of members",
        consent.expectedVersion(),
        "consent recorded",
        (member, now) -> {
          member
              .member()
              .recordConsent(consent.populationGroups(), consent.consentTextVersion(), now);
          return List.of(MemberChanged.of(member.panel(), member.member()));
        });
  }

  /**
   * Withdraws consent and deletes the population groups; also after the member left. Without a
   * recorded consent it changes nothing and announces nothing.
   */
  @Transactional
  public MemberInPanel withdrawConsent(
      Actor actor, UUID panelId, UUID memberId, Long expectedVersion) {
    return change(
        actor,
        panelId,
        memberId,
        WITHDRAW_CONSENT,
        "withdraw consent of members",
        expectedVersion,
        "consent withdrawn",
        (member, now) ->
            member.member().withdrawConsent(now)
                ? List.of(MemberChanged.of(member.panel(), member.member()))
                : List.of());
  }

  private MemberInPanel change(
      Actor actor,
      UUID panelId,
      UUID memberId,
      PanelAction action,
      String doing,
      Long expectedVersion,
      String what,
      BiFunction<MemberInPanel, Instant, List<? extends PublishedEvent>> mutation) {
    Panel panel = panel(panelId);
    MemberInPanel changed =
        gate.load(
                "member",
                memberId,
                members.findInPanel(panelId, memberId).map(m -> new MemberInPanel(panel, m)))
            .permit(PanelPermissions.TABLE, action, actor, doing)
            .ifMatch(expectedVersion)
            .apply(
                (member, now) -> {
                  List<? extends PublishedEvent> events = mutation.apply(member, now);
                  if (!events.isEmpty()) {
                    panels.touch(panel.id(), now);
                    changed(actor, panel, member.member(), now, what);
                  }
                  return events;
                });
    return changed;
  }

  private void changed(Actor actor, Panel panel, PanelMember member, Instant now, String what) {
    membersChanged.fire(new MembersChanged(panel.id(), now));
    personalData.fire(
        new PersonalDataAccessed(actor.subject(), Access.CHANGED, SUBJECT_KIND, member.id(), what));
  }

  private void viewed(Actor actor, PanelMember member, String what) {
    personalData.fire(
        new PersonalDataAccessed(actor.subject(), Access.VIEWED, SUBJECT_KIND, member.id(), what));
  }

  private Panel panel(UUID panelId) {
    return panels
        .findByIdOptional(panelId)
        .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
  }

  private static void refuseSecondChair(PanelMember chair, PanelMember self) {
    if (self == null || !chair.id().equals(self.id())) {
      throw new ChairTakenException(chair.id());
    }
  }
}
