package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.City;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, String> {}
