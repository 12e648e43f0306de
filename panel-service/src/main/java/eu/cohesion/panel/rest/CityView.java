package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
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
    @Schema(description = "What the caller may do in this town") List<PanelAction> allowedActions) {

  static CityView of(City city, Actor actor) {
    return new CityView(
        city.code(),
        city.name(),
        city.countryCode(),
        city.countryName(),
        city.defaultLanguage(),
        city.timeZone(),
        PanelPermissions.TABLE.allowedFor(actor, city.code(), CREATE_PANEL));
  }
}
