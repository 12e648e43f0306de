package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.CandidateFeatures;
import eu.cohesion.panel.domain.PoolCandidate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CandidateInput", description = "A candidate of a pool (personal data)")
public record CandidateRequest(
    @Schema(nullable = true, description = "The candidate's id in the town's own records")
        @Size(max = PoolCandidate.EXTERNAL_ID_MAX_LENGTH)
        String externalId,
    @Schema(examples = "Ann Peeters") @NotBlank @Size(max = PoolCandidate.NAME_MAX_LENGTH)
        String displayName,
    @Schema(nullable = true) @Size(max = PoolCandidate.EMAIL_MAX_LENGTH) String email,
    @Schema(nullable = true) @Size(max = PoolCandidate.PHONE_MAX_LENGTH) String phone,
    @Schema(nullable = true, description = "Address columns (column → value)") @Size(max = 5)
        Map<@NotNull String, @NotNull String> address,
    @Schema(
            description =
                "Feature → value; category (a stakeholder category) required; population_group"
                    + " only with consentTextVersion")
        @NotNull
        @Size(min = 1, max = CandidateFeatures.MAX_FEATURES)
        Map<@NotNull String, @NotNull String> features,
    @Schema(
            nullable = true,
            description =
                "Version of the consent text the person agreed to; required for population_group")
        @Size(max = PoolCandidate.CONSENT_VERSION_MAX_LENGTH)
        String consentTextVersion) {

  PoolCandidate.Details toDetails() {
    return new PoolCandidate.Details(
        externalId, displayName, email, phone, address, features, consentTextVersion);
  }
}
