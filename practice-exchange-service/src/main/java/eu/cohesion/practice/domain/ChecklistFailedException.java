package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A practice that fails the validation checklist is not published, and a published one may not be
 * edited into failing it. Names each failing item and its sections, in the detail and as the
 * extension member {@code failedItems}.
 */
public class ChecklistFailedException extends RuleViolationException {

  private final transient List<ValidationChecklist.Check> failing;

  public ChecklistFailedException(List<ValidationChecklist.Check> failing) {
    super("checklist-failed", "Validation checklist not met", detail(failing));
    this.failing = List.copyOf(failing);
  }

  private static String detail(List<ValidationChecklist.Check> failing) {
    return "the practice fails the validation checklist: "
        + failing.stream()
            .map(
                check ->
                    check.fields().isEmpty()
                        ? check.item().name()
                        : check.item() + " (" + String.join(", ", check.fields()) + ")")
            .collect(Collectors.joining("; "));
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of(
        "failedItems",
        failing.stream()
            .map(check -> Map.of("item", check.item().name(), "fields", check.fields()))
            .toList());
  }
}
