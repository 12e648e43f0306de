package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.finding.FindingRevision;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "FindingRevision",
    description = "A published finding's text and evidence at its publication or a later edit")
public record FindingRevisionView(
    @Schema(description = "1 for the publication, then one more each time") int number,
    FindingRevision.Kind kind,
    @Schema(examples = "en") String language,
    String statement,
    @Schema(nullable = true) String explanation,
    List<FindingRequest.CitationRequest> evidence,
    @Schema(
            type = SchemaType.STRING,
            enumeration = {"CITY_COORDINATOR", "NETWORK_ADMIN"},
            description = "In which capacity it was revised (never a person)")
        Role revisedByRole,
    @Schema(description = "ISO-8601 UTC") Instant at) {

  static FindingRevisionView of(FindingRevision r) {
    return new FindingRevisionView(
        r.number(),
        r.kind(),
        r.language(),
        r.text().statement(),
        r.text().explanation(),
        r.evidence().stream()
            .map(c -> new FindingRequest.CitationRequest(c.kind(), c.id()))
            .toList(),
        r.revisedByRole(),
        r.at());
  }
}
