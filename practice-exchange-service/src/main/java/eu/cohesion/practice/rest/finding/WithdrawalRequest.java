package eu.cohesion.practice.rest.finding;

import eu.cohesion.practice.domain.finding.PublicationRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalRequest", description = "Why the network takes it back")
public record WithdrawalRequest(
    @Schema(examples = "A cited practice was found to overstate its results.")
        @NotBlank
        @Size(max = PublicationRules.REASON_MAX_LENGTH)
        String reason) {}
