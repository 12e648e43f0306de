package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;

import eu.cohesion.kit.events.EventOutbox;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.events.PracticePublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Makes a practice public and announces it on {@code practice-events}. */
@ApplicationScoped
public class PracticePublication {

  private final PracticeForChange gate;
  private final PracticeRepository practices;
  private final EventOutbox outbox;

  PracticePublication(PracticeForChange gate, PracticeRepository practices, EventOutbox outbox) {
    this.gate = gate;
    this.practices = practices;
    this.outbox = outbox;
  }

  /**
   * The publication and its {@code eu.cohesion.practice.published} event commit together or not at
   * all.
   */
  @Transactional
  public GoodPractice publish(Actor actor, UUID id, Long expectedVersion) {
    GoodPractice practice = gate.load(actor, PUBLISH_PRACTICE, id, expectedVersion);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    practice.publish(now);
    practices.flush();
    outbox.append(
        PracticePublished.TYPE,
        practice.id(),
        now,
        new PracticePublished(
            practice.id(),
            practice.cityCode(),
            practice.sourceInitiativeId(),
            practice.title(),
            practice.publishedAt()));
    return practice;
  }
}
