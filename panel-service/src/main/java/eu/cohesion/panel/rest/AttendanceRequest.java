package eu.cohesion.panel.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AttendanceRequest",
    description = "Who attended, by member id; replaces what was recorded before")
public record AttendanceRequest(
    @Schema(description = "Members present") @NotNull @Size(max = 500) List<@NotNull UUID> present,
    @Schema(description = "Members who sent apologies") @NotNull @Size(max = 500)
        List<@NotNull UUID> apologies) {}
