package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PanelRules;
import eu.cohesion.panel.service.PanelEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EditPanel",
    description =
        "The whole text and term of a panel. The term's end must come after its start (422).")
public record EditPanelRequest(
    @Schema(description = "Unique within the town, ignoring case")
        @NotBlank
        @Size(max = PanelRules.NAME_MAX_LENGTH)
        String name,
    @Schema(nullable = true) @Size(max = PanelRules.DESCRIPTION_MAX_LENGTH) String description,
    @Schema(
            description =
                "By language code (en, da, de, et, fr, it, lt, lv, nl, sl, sq); at least one text")
        @NotEmpty
        @Size(max = 11)
        Map<
                @NotNull @Pattern(regexp = LANGUAGE, message = "must be one of " + LANGUAGE) String,
                @NotBlank @Size(max = PanelRules.MANDATE_MAX_LENGTH) String>
            mandate,
    @Schema(nullable = true, description = "First day of the term; with termEnd")
        LocalDate termStart,
    @Schema(nullable = true, description = "Last day of the term; with termStart")
        LocalDate termEnd) {

  static final String LANGUAGE = "^(en|da|de|et|fr|it|lt|lv|nl|sl|sq)$";

  PanelEdit toCommand(Long expectedVersion) {
    return new PanelEdit(expectedVersion, name, description, mandate, termStart, termEnd);
  }
}
