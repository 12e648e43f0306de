package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.VIEW_CITIES;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.domain.PanelPermissions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the partner towns. */
@ApplicationScoped
public class CityCatalogue {

  private final CityRepository cities;

  CityCatalogue(CityRepository cities) {
    this.cities = cities;
  }

  public List<City> all(Actor actor) {
    if (!PanelPermissions.TABLE.allowsEverywhere(VIEW_CITIES, actor)) {
      throw new ActionNotPermittedException("you may not list the towns");
    }
    return cities.listAll(Sort.by("name"));
  }

  public City get(Actor actor, String code) {
    PanelPermissions.TABLE.require(VIEW_CITIES, actor, code, "you may not see town " + code);
    return cities
        .findByIdOptional(code)
        .orElseThrow(() -> new ResourceNotFoundException("town", code));
  }
}
