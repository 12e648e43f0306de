package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PoolCandidate;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Candidate", description = "A candidate of a pool (personal data)")
public record CandidateView(
    UUID id,
    UUID panelId,
    @Schema(nullable = true) String externalId,
    String displayName,
    @Schema(nullable = true) String email,
    @Schema(nullable = true) String phone,
    Map<String, String> address,
    Map<String, String> features,
    @Schema(nullable = true) Instant consentRecordedAt,
    @Schema(nullable = true) String consentTextVersion,
    @Schema(nullable = true, description = "The member a confirmed draw made of this candidate")
        UUID memberId,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "Also the ETag; If-Match of an edit names it") long version) {

  static CandidateView of(PoolCandidate c) {
    return new CandidateView(
        c.id(),
        c.panelId(),
        c.externalId(),
        c.displayName(),
        c.email(),
        c.phone(),
        c.address(),
        c.features(),
        c.consentRecordedAt(),
        c.consentTextVersion(),
        c.memberId(),
        c.createdAt(),
        c.updatedAt(),
        c.version());
  }
}
