package eu.cohesion.panel.service.balance;

import static eu.cohesion.panel.domain.PanelAction.EDIT_CITY;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.TownProfile;
import eu.cohesion.panel.events.CityChanged;
import eu.cohesion.panel.service.CityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;

/**
 * The network admin edits a town's profile; {@code eu.cohesion.city.changed} and the town's panels'
 * new assessments (its baseline may have changed) commit with the edit.
 */
@ApplicationScoped
public class TownEditing {

  private final CityRepository cities;
  private final PanelBalancing balancing;
  private final ChangeGate gate;

  TownEditing(CityRepository cities, PanelBalancing balancing, ChangeGate gate) {
    this.cities = cities;
    this.balancing = balancing;
    this.gate = gate;
  }

  /**
   * Refused, in this order: 404, 403, 428 (no If-Match), 412 (stale), 422 (a profile whose fields
   * contradict each other: built only once the checks before passed).
   */
  @Transactional
  public City edit(Actor actor, String code, Long expectedVersion, Supplier<TownProfile> profile) {
    return gate.load("town", code, cities.findByIdOptional(code))
        .permit(PanelPermissions.TABLE, EDIT_CITY, actor, "edit the profile")
        .ifMatch(expectedVersion)
        .apply(
            (city, now) -> {
              city.describe(profile.get(), now);
              balancing.recomputeTown(city, now);
              return List.of(CityChanged.of(city));
            });
  }
}
