package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.CandidateFeatures;
import eu.cohesion.panel.domain.PoolQuota;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Quota", description = "Seats the holders of one feature value must and may take")
public record QuotaBody(
    @Schema(examples = "gender") @NotBlank @Size(max = CandidateFeatures.NAME_MAX_LENGTH)
        String feature,
    @Schema(examples = "female") @NotBlank @Size(max = CandidateFeatures.VALUE_MAX_LENGTH)
        String value,
    @Schema(description = "Fewest seats", examples = "5") @NotNull @Min(0) @Max(1000) Integer min,
    @Schema(description = "Most seats", examples = "7") @NotNull @Min(0) @Max(1000) Integer max) {

  static QuotaBody of(PoolQuota q) {
    return new QuotaBody(q.feature(), q.value(), q.min(), q.max());
  }

  PoolQuota toQuota() {
    return new PoolQuota(feature, value, min, max);
  }
}
