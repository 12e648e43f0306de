package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.KnownPanel;
import eu.cohesion.initiative.domain.KnownPanelMember;
import eu.cohesion.initiative.domain.Pillar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** The panels and their members this service knows of, learnt from panel-events. */
@ApplicationScoped
public class PanelReadModel {

  private final KnownPanelRepository panels;
  private final KnownPanelMemberRepository members;

  PanelReadModel(KnownPanelRepository panels, KnownPanelMemberRepository members) {
    this.panels = panels;
    this.members = members;
  }

  /**
   * Records a member's state after member-joined (active), -left (not active) or -changed ({@code
   * active} null: it keeps what was known, since consent can change after a member left; a member
   * first learnt from a change is taken as active). MANDATORY: it commits with the consumed event's
   * id, so each event applies at most once; the events of one panel arrive in order (keyed by
   * panel), so the last one wins.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void memberSeen(
      UUID memberId,
      UUID panelId,
      String city,
      UUID keycloakUserId,
      String stakeholderCategory,
      String role,
      Boolean active,
      Instant seenAt) {
    KnownPanelMember known = members.findByIdOptional(memberId).orElse(null);
    boolean nowActive = active != null ? active : known == null || known.active();
    KnownPanelMember member = known != null ? known : new KnownPanelMember(memberId, panelId);
    member.learn(
        city,
        keycloakUserId == null ? null : keycloakUserId.toString(),
        Pillar.ofCategory(stakeholderCategory),
        role,
        nowActive,
        seenAt);
    if (known == null) {
      members.persist(member);
    }
  }

  /**
   * Records a created panel. MANDATORY: it must commit together with the consumed event's id. A
   * panel announced again (a replay under a new event id) keeps what was first seen.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void panelCreated(UUID panelId, String city, String name, Instant seenAt) {
    if (panels.findByIdOptional(panelId).isEmpty()) {
      panels.persist(new KnownPanel(panelId, city, name, seenAt));
    }
  }
}
