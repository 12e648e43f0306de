package eu.cohesion.practice.service;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.events.PracticeDrafted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Turns an adopted or adapted initiative into a draft good practice of its town. */
@ApplicationScoped
public class PracticeDrafting {

  private static final Logger LOG = Logger.getLogger(PracticeDrafting.class);

  private final PracticeRepository practices;
  private final ChangeGate gate;

  PracticeDrafting(PracticeRepository practices, ChangeGate gate) {
    this.practices = practices;
    this.gate = gate;
  }

  /**
   * Drafts the practice and announces it with {@code eu.cohesion.practice.drafted}, both or
   * neither; a discontinued initiative too (its conclusion becomes the lessons: what did not work).
   * Nothing for one that already has its practice: a conclusion may be announced again under a new
   * event id (the unique constraint on the source initiative backs this check against a concurrent
   * duplicate).
   */
  @Transactional
  public Optional<GoodPractice> draftFrom(ConcludedInitiative conclusion) {
    if (practices.existsForInitiative(conclusion.initiativeId())) {
      LOG.infof(
          "initiative %s already has its practice; conclusion announced again",
          conclusion.initiativeId());
      return Optional.empty();
    }
    Instant now = gate.now();
    GoodPractice practice =
        GoodPractice.draftFrom(
            conclusion.initiativeId(),
            conclusion.city(),
            conclusion.outcome(),
            conclusion.title(),
            conclusion.summary(),
            conclusion.conclusion(),
            conclusion.evidence(),
            now);
    // The initiative's language and classification carry over; the town may change them.
    practice.classify(conclusion.profile(), now);
    practices.persist(practice);
    gate.announce(now, PracticeDrafted.of(practice));
    return Optional.of(practice);
  }
}
