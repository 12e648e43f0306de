package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.Quorum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Quorum",
    description =
        "More than half of the panel's active members present (apologies count as absent)")
public record QuorumView(
    @Schema(description = "Active members of the panel (as of the day it was held, once held)")
        int eligible,
    int present,
    @Schema(description = "Members needed present") int required,
    boolean met) {

  static QuorumView of(Quorum quorum) {
    return quorum == null
        ? null
        : new QuorumView(quorum.eligible(), quorum.present(), quorum.required(), quorum.met());
  }
}
