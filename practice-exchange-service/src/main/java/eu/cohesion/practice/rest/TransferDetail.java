package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.ANSWER_TRANSFER;
import static eu.cohesion.practice.domain.PracticeAction.MOVE_TRANSFER;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.domain.TransferStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferDetail", description = "A transfer with its texts; never who registered it")
public record TransferDetail(
    UUID id,
    UUID practiceId,
    @Schema(description = "The practice's title as it is now") String practiceTitle,
    @Schema(description = "The practice's town, which answers", examples = "mechelen")
        String sourceCity,
    @Schema(description = "The adopting town, which moves the transfer", examples = "tartu")
        String city,
    TransferStatus status,
    @Schema(nullable = true, description = "Why the town is interested") String note,
    @Schema(nullable = true, description = "The adopting town's initiative, from ADAPTING on")
        UUID initiativeId,
    @Schema(nullable = true, description = "What was changed; set by the step to TRANSFERRED")
        String changes,
    @Schema(nullable = true, description = "Why; set by the step to ABANDONED")
        String abandonReason,
    @Schema(nullable = true, description = "The practice's town's answer") String answer,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant answeredAt,
    @Schema(description = "Also sent as the ETag; send it back in If-Match to change it")
        long version,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "The steps the lifecycle allows next; empty when final")
        List<TransferStatus> allowedTransitions,
    @Schema(
            description =
                "What the caller may do: MOVE_TRANSFER (adopting town, while open), ANSWER_TRANSFER (practice's town)")
        List<PracticeAction> allowedActions) {

  static TransferDetail of(Transfer t, Actor actor) {
    return new TransferDetail(
        t.id(),
        t.practiceId(),
        t.practice().title(),
        t.sourceCity(),
        t.cityCode(),
        t.status(),
        t.note(),
        t.initiativeId(),
        t.changes(),
        t.abandonReason(),
        t.answer(),
        t.answeredAt(),
        t.version(),
        t.createdAt(),
        t.updatedAt(),
        t.allowedTransitions(),
        allowedActions(t, actor));
  }

  private static List<PracticeAction> allowedActions(Transfer t, Actor actor) {
    List<PracticeAction> allowed = new ArrayList<>();
    if (t.isOpen()) {
      allowed.addAll(PracticePermissions.TABLE.allowedFor(actor, t.cityCode(), MOVE_TRANSFER));
    }
    allowed.addAll(PracticePermissions.TABLE.allowedFor(actor, t.sourceCity(), ANSWER_TRANSFER));
    return List.copyOf(allowed);
  }
}
