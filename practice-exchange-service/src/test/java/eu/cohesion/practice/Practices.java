package eu.cohesion.practice;

import static org.awaitility.Awaitility.await;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.PracticeText;
import eu.cohesion.practice.domain.ValidationStep;
import eu.cohesion.practice.service.PracticeEditing;
import eu.cohesion.practice.service.PracticeValidation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Practices for tests, made the way production makes them: drafted from a conclusion on
 * initiative-events, completed through the use cases by a network admin, submitted by the town's
 * coordinator and published by the network admin. Tests of anonymous callers need this, since a
 * test's requests all carry the same identity.
 */
@ApplicationScoped
public class Practices {

  private static final Actor ADMIN = new Actor("fixture-admin", Set.of(Role.NETWORK_ADMIN), null);

  private final InitiativeEvents events;
  private final TestDatabase db;
  private final PracticeEditing editing;
  private final PracticeValidation validation;

  Practices(
      InitiativeEvents events,
      TestDatabase db,
      PracticeEditing editing,
      PracticeValidation validation) {
    this.events = events;
    this.db = db;
    this.editing = editing;
    this.validation = validation;
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
    return draft(city, Unique.text("Practice"));
  }

  /** A draft whose every text is filled in: version 1, ready to publish. */
  public UUID complete(String city, String title) {
    UUID id = draft(city, title);
    editing.revise(ADMIN, id, 0L, completeText(title));
    return id;
  }

  /** A complete practice its town submitted for validation: version 2. */
  public UUID submitted(String city, String title) {
    UUID id = complete(city, title);
    submit(id, 1L);
    return id;
  }

  /** Submits the practice as the coordinator of its town would. */
  public void submit(UUID id, long version) {
    String city = (String) db.practiceRow(id).get("city_code");
    validation.take(coordinatorOf(city), id, version, ValidationStep.SUBMITTED, null);
  }

  /** A published practice: version 3. */
  public UUID published(String city, String title) {
    UUID id = submitted(city, title);
    validation.take(ADMIN, id, 2L, ValidationStep.PUBLISHED, null);
    return id;
  }

  /** A practice the network admin returned to its town: version 3. */
  public UUID returned(String city, String title, String reason) {
    UUID id = submitted(city, title);
    validation.take(ADMIN, id, 2L, ValidationStep.RETURNED, reason);
    return id;
  }

  private static Actor coordinatorOf(String city) {
    return new Actor("fixture-coordinator-" + city, Set.of(Role.CITY_COORDINATOR), city);
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
        "Visits to the desk doubled within a year, to 430.",
        "Two part-time staff and a room.",
        "Works wherever volunteers can be trained.",
        "Opening hours set without newcomers failed.");
  }
}
