package eu.cohesion.panel.service.privacy;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in person's own data (GDPR Art. 15 access, Art. 20 portability): every {@link
 * PersonalDataSource}'s section for the caller's Keycloak user and the member records linked to it.
 */
@ApplicationScoped
public class PersonalDataExport {

  private final Instance<PersonalDataSource> sources;
  private final Instance<PersonLinks> links;
  private final Event<PersonalDataAccessed> accessed;
  private final Clock clock;

  PersonalDataExport(
      Instance<PersonalDataSource> sources,
      Instance<PersonLinks> links,
      Event<PersonalDataAccessed> accessed,
      Clock clock) {
    this.sources = sources;
    this.links = links;
    this.accessed = accessed;
    this.clock = clock;
  }

  /** What was exported, for whom, when; sections by name, in name order. */
  public record PersonalData(
      DataSubject subject, Instant exportedAt, Map<String, Object> sections) {}

  @Transactional
  public PersonalData export(Actor actor) {
    PanelPermissions.TABLE.require(
        PanelAction.EXPORT_OWN_DATA, actor, actor.city(), "you may not export personal data");
    DataSubject subject = subjectOf(actor);
    Map<String, Object> sections = new LinkedHashMap<>();
    sources.stream()
        .sorted(Comparator.comparing(PersonalDataSource::section))
        .forEach(source -> sections.put(source.section(), source.export(subject)));
    subject
        .memberIds()
        .forEach(
            member ->
                accessed.fire(
                    new PersonalDataAccessed(
                        actor.subject(), Access.VIEWED, "panel-member", member, "exported")));
    return new PersonalData(subject, clock.instant().truncatedTo(ChronoUnit.MICROS), sections);
  }

  /** The caller's subject is their Keycloak user id; one that is no UUID has no linked members. */
  private DataSubject subjectOf(Actor actor) {
    Optional<UUID> user = keycloakUser(actor.subject());
    Set<UUID> members = new HashSet<>();
    user.ifPresent(id -> links.forEach(link -> members.addAll(link.memberIdsOf(id))));
    return new DataSubject(user.orElse(null), Set.copyOf(members));
  }

  static Optional<UUID> keycloakUser(String subject) {
    try {
      return subject == null ? Optional.empty() : Optional.of(UUID.fromString(subject));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
