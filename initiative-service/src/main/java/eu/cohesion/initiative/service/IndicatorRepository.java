package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Indicator;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

  /** The indicator with its measurements, in one query. */
  Optional<Indicator> findWithMeasurements(UUID id) {
    return find("from Indicator i left join fetch i.measurements where i.id = ?1", id)
        .singleResultOptional();
  }

  /** Every indicator of the initiative with its measurements, oldest indicator first. */
  List<Indicator> ofInitiative(UUID initiativeId) {
    return find(
            "select distinct i from Indicator i left join fetch i.measurements"
                + " where i.initiativeId = ?1 order by i.createdAt, i.id",
            initiativeId)
        .list();
  }
}
