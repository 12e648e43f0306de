package eu.cohesion.panel.service.privacy;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.MemberErasure;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.events.PersonErased;
import eu.cohesion.panel.service.PanelRepository;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Erases a panel member on request (GDPR Art. 17): every {@link PersonalDataSource} anonymises what
 * it holds, the erasure is recorded (who, why, when) and {@code eu.cohesion.person.erased} tells
 * the other services, all in one transaction. Asking again answers the first erasure.
 */
@ApplicationScoped
public class MemberErasures {

  private final PanelRepository panels;
  private final EntityManager entityManager;
  private final Instance<PersonalDataSource> sources;
  private final Instance<PersonLinks> links;
  private final ChangeGate gate;
  private final Event<PersonalDataAccessed> accessed;

  MemberErasures(
      PanelRepository panels,
      EntityManager entityManager,
      Instance<PersonalDataSource> sources,
      Instance<PersonLinks> links,
      ChangeGate gate,
      Event<PersonalDataAccessed> accessed) {
    this.panels = panels;
    this.entityManager = entityManager;
    this.sources = sources;
    this.links = links;
    this.gate = gate;
    this.accessed = accessed;
  }

  /** The erasure and whether this call made it (false: it had been made before). */
  public record Erased(MemberErasure erasure, boolean now) {}

  @Transactional
  public Erased erase(Actor actor, UUID panelId, UUID memberId, String reason) {
    Panel panel =
        gate.load("panel", panelId, panels.findByIdOptional(panelId))
            .permit(PanelPermissions.TABLE, PanelAction.ERASE_MEMBER, actor, "erase members")
            .admitted();
    PanelMember member =
        Optional.ofNullable(entityManager.find(PanelMember.class, memberId))
            .filter(m -> m.panelId().equals(panel.id()))
            .orElseThrow(() -> new ResourceNotFoundException("member", memberId));
    MemberErasure earlier = entityManager.find(MemberErasure.class, member.id());
    if (earlier != null) {
      return new Erased(earlier, false);
    }
    Instant now = gate.now();
    // The event's ids must be read before the sources cut the member's link to the user.
    UUID user = keycloakUserOf(member.id()).orElse(null);
    DataSubject subject = new DataSubject(user, Set.of(member.id()));
    MemberErasure erasure = MemberErasure.of(member.id(), panel.id(), actor.subject(), reason, now);
    entityManager.persist(erasure);
    sources.forEach(source -> source.erase(subject, now));
    accessed.fire(
        new PersonalDataAccessed(
            actor.subject(), Access.CHANGED, "panel-member", member.id(), "erased"));
    gate.announce(now, new PersonErased(panel.id(), user, List.of(member.id()), now));
    return new Erased(erasure, true);
  }

  private Optional<UUID> keycloakUserOf(UUID memberId) {
    return links.stream()
        .map(link -> link.keycloakUserOf(memberId))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
