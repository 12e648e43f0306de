package eu.cohesion.initiative.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code eu.cohesion.initiative.review-due}: a conclusion's review-again date came. */
public record InitiativeReviewDue(
    @NotNull UUID initiativeId,
    @NotNull UUID panelId,
    @NotBlank String city,
    @NotNull LocalDate reviewAgainOn) {

  public static final String TYPE = "eu.cohesion.initiative.review-due";
}
