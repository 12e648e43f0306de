package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.KnownPanel;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class KnownPanelRepository implements PanacheRepositoryBase<KnownPanel, UUID> {}
