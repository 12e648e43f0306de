package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.ValidationChecklist;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChecklistItem", description = "One line of the validation checklist")
public record ChecklistItem(
    ValidationChecklist.Item item,
    boolean passed,
    @Schema(description = "The sections that fail it, as this API names them; empty when it passes")
        List<String> fields) {

  static List<ChecklistItem> of(ValidationChecklist checklist) {
    return checklist.checks().stream()
        .map(check -> new ChecklistItem(check.item(), check.passed(), check.fields()))
        .toList();
  }
}
