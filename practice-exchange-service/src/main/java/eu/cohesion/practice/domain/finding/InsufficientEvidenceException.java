package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding whose evidence does not span two towns or cites what is unknown or unpublished is not
 * published. The problem names the field ({@code evidence}, as a violation the web app shows on
 * it), the citations that are unknown or unpublished, and the towns the published ones come from.
 */
public class InsufficientEvidenceException extends RuleViolationException {

  private final transient EvidenceCheck check;

  InsufficientEvidenceException(EvidenceCheck check) {
    super("insufficient-evidence", "Evidence insufficient", detail(check));
    this.check = check;
  }

  private static String detail(EvidenceCheck check) {
    List<String> missing = new ArrayList<>();
    if (check.towns().size() < EvidenceCheck.MIN_TOWNS) {
      missing.add(
          "evidence from at least "
              + EvidenceCheck.MIN_TOWNS
              + " towns is needed, the published citations come from "
              + check.towns().size()
              + (check.towns().isEmpty() ? "" : " (" + String.join(", ", check.towns()) + ")"));
    }
    List<Citation> unknown = check.in(EvidenceCheck.State.UNKNOWN);
    if (!unknown.isEmpty()) {
      missing.add("unknown: " + join(unknown));
    }
    List<Citation> unpublished = check.in(EvidenceCheck.State.UNPUBLISHED);
    if (!unpublished.isEmpty()) {
      missing.add("not published: " + join(unpublished));
    }
    return String.join("; ", missing);
  }

  private static String join(List<Citation> citations) {
    return String.join(", ", citations.stream().map(Citation::toString).toList());
  }

  @Override
  public Map<String, Object> extensions() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("field", "evidence");
    members.put("violations", List.of(Map.of("field", "evidence", "message", getMessage())));
    members.put("townsCited", check.towns().size());
    members.put("towns", check.towns());
    members.put("requiredTowns", EvidenceCheck.MIN_TOWNS);
    members.put("unknownCitations", citations(check.in(EvidenceCheck.State.UNKNOWN)));
    members.put("unpublishedCitations", citations(check.in(EvidenceCheck.State.UNPUBLISHED)));
    return members;
  }

  private static List<Map<String, String>> citations(List<Citation> citations) {
    return citations.stream()
        .map(c -> Map.of("kind", c.kind().name(), "id", c.id().toString()))
        .toList();
  }
}
