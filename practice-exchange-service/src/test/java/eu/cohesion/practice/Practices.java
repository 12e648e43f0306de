package eu.cohesion.practice;

import static org.awaitility.Awaitility.await;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.PracticeText;
import eu.cohesion.practice.service.PracticeEditing;
import eu.cohesion.practice.service.PracticePublication;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Practices for tests, made the way production makes them: drafted from a conclusion on
 * initiative-events, completed and published through the use cases by a network admin. Tests of
 * anonymous callers need this, since a test's requests all carry the same identity.
 */
@ApplicationScoped
public class Practices {

  private static final Actor ADMIN = new Actor("fixture-admin", Set.of(Role.NETWORK_ADMIN), null);

  private final InitiativeEvents events;
  private final TestDatabase db;
  private final PracticeEditing editing;
  private final PracticePublication publication;

  Practices(
      InitiativeEvents events,
      TestDatabase db,
      PracticeEditing editing,
      PracticePublication publication) {
    this.events = events;
    this.db = db;
    this.editing = editing;
    this.publication = publication;
  }

  /** A draft at version 0, as drafted from an adopted initiative titled {@code title}. */
  public UUID draft(String city, String title) {
    UUID initiativeId = UUID.randomUUID();
    events.send(initiativeId, events.concluded(initiativeId, city, "ADOPTED", title));
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> db.practiceFor(initiativeId), Optional::isPresent)
        .orElseThrow();
  }

  public UUID draft(String city) {
    return draft(city, "Practice " + UUID.randomUUID().toString().substring(0, 8));
  }

  /** A draft whose every text is filled in: version 1, ready to publish. */
  public UUID complete(String city, String title) {
    UUID id = draft(city, title);
    editing.revise(ADMIN, id, 0L, completeText(title));
    return id;
  }

  /** A published practice: version 2. */
  public UUID published(String city, String title) {
    UUID id = complete(city, title);
    publication.publish(ADMIN, id, 1L);
    return id;
  }

  public void revise(UUID id, long version, PracticeText text) {
    editing.revise(ADMIN, id, version, text);
  }

  public static PracticeText completeText(String title) {
    return new PracticeText(
        title,
        "Summary of " + title,
        "Newcomers could not find their way to the town's services.",
        "Volunteers who arrived recently staff a welcome desk.",
        "Visits to the desk doubled within a year.",
        "Two part-time staff and a room.",
        "Works wherever volunteers can be trained.",
        "Opening hours set without newcomers failed.");
  }
}
