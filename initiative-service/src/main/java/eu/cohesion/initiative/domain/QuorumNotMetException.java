package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.Map;

/** A round cannot close yet; the problem lists what is missing under {@code missing}. */
public class QuorumNotMetException extends RuleViolationException {

  private final ReviewQuorum.Progress progress;

  public QuorumNotMetException(ReviewQuorum.Progress progress) {
    super("quorum-not-met", "Quorum not met", String.join("; ", progress.missing()));
    this.progress = progress;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of(
        "missing", progress.missing(),
        "missingPillars", progress.missingPillars(),
        "submitted", progress.submitted(),
        "required", progress.required());
  }
}
