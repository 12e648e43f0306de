package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.CandidatePool;
import eu.cohesion.panel.service.PoolSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolSettings", description = "How a candidate pool is drawn (replaces all)")
public record PoolSettingsRequest(
    @Schema(description = "Seats to fill", examples = "22")
        @NotNull
        @Min(0)
        @Max(CandidatePool.MAX_SEATS)
        Integer seats,
    @Schema(description = "At most one person per household") @NotNull Boolean onePerHousehold,
    @Schema(nullable = true, description = "Address columns whose values together make a household")
        @Size(max = CandidatePool.MAX_ADDRESS_COLUMNS)
        List<@NotNull String> addressColumns,
    @Schema(description = "Quotas, one per feature value")
        @NotNull
        @Size(max = CandidatePool.MAX_QUOTAS)
        List<@Valid @NotNull QuotaBody> quotas) {

  PoolSettings toSettings() {
    return new PoolSettings(
        seats,
        onePerHousehold,
        addressColumns == null ? List.of() : addressColumns,
        quotas.stream().map(QuotaBody::toQuota).toList());
  }
}
