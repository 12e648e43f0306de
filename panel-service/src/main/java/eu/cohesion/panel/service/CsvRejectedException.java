package eu.cohesion.panel.service;

import eu.cohesion.kit.problem.RuleViolationException;
import eu.cohesion.panel.domain.sortition.CsvLineIssue;
import java.util.List;
import java.util.Map;

/** An imported CSV file was rejected as a whole: nothing was imported; the issues say why. */
public class CsvRejectedException extends RuleViolationException {

  private final transient List<CsvLineIssue> issues;

  public CsvRejectedException(String what, List<CsvLineIssue> issues) {
    super(
        "csv-rejected",
        "CSV file rejected",
        "the " + what + " file was rejected (" + issues.size() + " issues); nothing was imported");
    this.issues = List.copyOf(issues);
  }

  public List<CsvLineIssue> issues() {
    return issues;
  }

  @Override
  public Map<String, Object> extensions() {
    // Both members of the documented SortitionProblem, so a client reads one shape.
    return Map.of("issues", issues, "conflicting", List.of());
  }
}
