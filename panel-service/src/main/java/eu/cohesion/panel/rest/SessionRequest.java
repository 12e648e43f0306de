package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.Decision;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.SessionRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SessionRequest",
    description = "A panel session as planned or changed: every field is replaced")
public record SessionRequest(
    @Schema(description = "ISO-8601 UTC", examples = "2026-03-05T17:30:00Z") @NotNull
        Instant startsAt,
    @Schema(nullable = true, description = "Where; a place, an online link or both")
        @Size(max = SessionRules.PLACE_MAX_LENGTH)
        String place,
    @Schema(
            nullable = true,
            description = "An http or https link to the online meeting",
            examples = "https://meet.example.org/lps-march")
        @Size(max = SessionRules.URL_MAX_LENGTH)
        @Pattern(regexp = ONLINE_URL, message = "must be an http or https URL")
        String onlineUrl,
    @Schema(nullable = true, description = "Agenda items in their order")
        @Size(max = SessionRules.AGENDA_MAX_ITEMS)
        List<@NotBlank @Size(max = SessionRules.AGENDA_ITEM_MAX_LENGTH) String> agenda,
    @Schema(nullable = true, description = "What the session decided, in order")
        @Size(max = SessionRules.DECISIONS_MAX)
        List<@Valid @NotNull DecisionRequest> decisions,
    @Schema(nullable = true, description = "The minutes, once written")
        @Size(max = SessionRules.MINUTES_MAX_LENGTH)
        String minutes) {

  /** Scheme and host; the domain also parses the whole URL. */
  static final String ONLINE_URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#]\\S*)?$";

  @Schema(name = "DecisionRequest")
  public record DecisionRequest(
      @Schema(description = "The decision in words") @NotBlank @Size(max = Decision.TEXT_MAX_LENGTH)
          String text,
      @Schema(nullable = true, description = "The initiative it is about, if any")
          UUID initiativeId) {}

  PanelSession.Details toDetails() {
    return new PanelSession.Details(
        startsAt,
        place,
        onlineUrl,
        agenda == null ? List.of() : agenda,
        decisions == null
            ? List.of()
            : decisions.stream().map(d -> new Decision(d.text(), d.initiativeId())).toList(),
        minutes);
  }
}
