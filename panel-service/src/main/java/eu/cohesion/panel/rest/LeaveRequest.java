package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PanelMember;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeaveRequest", description = "The end of a membership period")
public record LeaveRequest(
    @Schema(
            nullable = true,
            description = "Why the member leaves; personal data, seen by coordinators only")
        @Size(max = PanelMember.LEAVE_REASON_MAX_LENGTH)
        String reason) {}
