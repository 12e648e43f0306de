package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;
import static eu.cohesion.panel.domain.PanelAction.EDIT_CITY;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "City", description = "A partner town of the network")
public record CityView(
    @Schema(description = "Stable lower-case code, used in URLs and tokens", examples = "mechelen")
        String code,
    @Schema(examples = "Mechelen") String name,
    @Schema(description = "ISO 3166-1 alpha-2", examples = "BE") String countryCode,
    @Schema(examples = "Belgium") String countryName,
    @Schema(description = "BCP 47 tag of the town's main language", examples = "nl-BE")
        String defaultLanguage,
    @Schema(description = "IANA time zone", examples = "Europe/Brussels") String timeZone,
    @Schema(
            description = "ISO 639-1 codes of the languages of the town's panel work",
            examples = "[\"nl\", \"fr\"]")
        List<String> languages,
    @Schema(nullable = true, description = "WGS 84, for the public map", examples = "51.02574")
        BigDecimal latitude,
    @Schema(nullable = true, description = "WGS 84, for the public map", examples = "4.47762")
        BigDecimal longitude,
    BaselineView baseline,
    @Schema(description = "ISO-8601 UTC; last edit of the town's profile") Instant updatedAt,
    @Schema(
            description = "The profile's version, also sent as ETag; If-Match of an edit",
            examples = "3")
        long version,
    @Schema(description = "What the caller may do in this town") List<PanelAction> allowedActions) {

  static CityView of(City city, Actor actor) {
    return new CityView(
        city.code(),
        city.name(),
        city.countryCode(),
        city.countryName(),
        city.defaultLanguage(),
        city.timeZone(),
        city.languages(),
        city.latitude(),
        city.longitude(),
        BaselineView.of(city.baseline()),
        city.updatedAt(),
        city.version(),
        PanelPermissions.TABLE.allowedFor(actor, city.code(), CREATE_PANEL, EDIT_CITY));
  }
}
