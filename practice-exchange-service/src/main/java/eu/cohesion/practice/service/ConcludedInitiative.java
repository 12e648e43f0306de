package eu.cohesion.practice.service;

import eu.cohesion.practice.domain.InitiativeOutcome;
import eu.cohesion.practice.domain.PracticeEvidence;
import eu.cohesion.practice.domain.PracticeProfile;
import java.util.Objects;
import java.util.UUID;

/**
 * The facts of an initiative's conclusion that a good practice is drafted from, with its evidence.
 */
public record ConcludedInitiative(
    UUID initiativeId,
    String city,
    String title,
    String summary,
    InitiativeOutcome outcome,
    String conclusion,
    PracticeEvidence evidence,
    PracticeProfile profile) {

  public ConcludedInitiative {
    Objects.requireNonNull(initiativeId, "initiativeId");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
    evidence = evidence == null ? PracticeEvidence.NONE : evidence;
    profile = profile == null ? PracticeProfile.NONE : profile;
  }
}
