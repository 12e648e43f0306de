package eu.cohesion.practice.service.finding;

import eu.cohesion.practice.domain.finding.CommonFinding;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<CommonFinding, UUID> {}
