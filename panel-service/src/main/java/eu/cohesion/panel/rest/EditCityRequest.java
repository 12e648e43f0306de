package eu.cohesion.panel.rest;

import eu.cohesion.kit.problem.RuleViolationException;
import eu.cohesion.panel.domain.TownProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EditCity",
    description = "A town's whole profile: languages, coordinates and demographic baseline")
public record EditCityRequest(
    @Schema(
            description = "ISO 639-1 codes, the town's main language first; repeats are dropped",
            examples = "[\"nl\", \"fr\"]")
        @NotNull
        @Size(min = 1, max = TownProfile.MAX_LANGUAGES)
        List<@NotNull @Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 code") String>
            languages,
    @Schema(nullable = true, description = "WGS 84 degrees; with longitude or not at all")
        @DecimalMin("-90")
        @DecimalMax("90")
        @Digits(integer = 2, fraction = 5)
        BigDecimal latitude,
    @Schema(nullable = true, description = "WGS 84 degrees; with latitude or not at all")
        @DecimalMin("-180")
        @DecimalMax("180")
        @Digits(integer = 3, fraction = 5)
        BigDecimal longitude,
    @Schema(required = true) @Valid @NotNull BaselineView baseline) {

  /**
   * @throws RuleViolationException what only the fields together can break (coordinates without
   *     their pair, shares without source or year, a year to come): 422
   */
  TownProfile toProfile() {
    try {
      return new TownProfile(languages, latitude, longitude, baseline.toBaseline());
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          "invalid-town-profile", "Invalid town profile", e.getMessage());
    }
  }
}
