package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Rewrites a practice's text. A published practice may be edited too and stays published: its town
 * keeps it up to date as the evidence grows. No event announces an edit: the contract has none yet.
 */
@ApplicationScoped
public class PracticeEditing {

  private final PracticeForChange gate;
  private final PracticeRepository practices;

  PracticeEditing(PracticeForChange gate, PracticeRepository practices) {
    this.gate = gate;
    this.practices = practices;
  }

  @Transactional
  public GoodPractice revise(Actor actor, UUID id, Long expectedVersion, PracticeText text) {
    GoodPractice practice = gate.load(actor, EDIT_PRACTICE, id, expectedVersion);
    practice.revise(text, Instant.now().truncatedTo(ChronoUnit.MICROS));
    // Flushing here raises a concurrent change as OptimisticLockException (409) inside the use
    // case, and gives the response the new version.
    practices.flush();
    return practice;
  }
}
