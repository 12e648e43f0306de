package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.MemberErasure;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureRequest", description = "Why a member is erased")
public record ErasureRequest(
    @Schema(
            description = "Why, e.g. the person's request and its date; kept with the erasure",
            examples = "Request by e-mail of 2026-02-01")
        @NotBlank
        @Size(max = MemberErasure.REASON_MAX_LENGTH)
        String reason) {}
