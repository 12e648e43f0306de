package eu.cohesion.practice.service.finding;

import eu.cohesion.practice.domain.finding.Citation;
import eu.cohesion.practice.domain.finding.CitedSource;
import eu.cohesion.practice.domain.finding.EvidenceResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a finding's citations against what this service holds: practices, the evidence their
 * conclusions carried (kept on the practice as sent by initiative-service) and transfers. A
 * citation of conclusion evidence resolves to the practice carrying it and is published when that
 * practice is; a transfer resolves to the adopting town and is public when its practice is.
 */
@ApplicationScoped
public class PublishedEvidence implements EvidenceResolver {

  private static final String PRACTICE =
      "select city_code, status = 'PUBLISHED' from good_practice where id = ?1";
  private static final String CONCLUSION =
      "select city_code, status = 'PUBLISHED' from good_practice where source_initiative_id = ?1";
  private static final String REVIEW =
      "select city_code, status = 'PUBLISHED' from good_practice"
          + " where review_results ->> 'roundId' = cast(?1 as text)"
          + " order by (status = 'PUBLISHED') desc limit 1";
  private static final String INDICATOR =
      "select city_code, status = 'PUBLISHED' from good_practice"
          + " where indicator_outcomes @> jsonb_build_array(jsonb_build_object('indicatorId',"
          + " cast(?1 as text)))"
          + " order by (status = 'PUBLISHED') desc limit 1";
  private static final String TRANSFER =
      "select t.city_code, p.status = 'PUBLISHED' from practice_transfer t"
          + " join good_practice p on p.id = t.practice_id where t.id = ?1";

  private final EntityManager entityManager;

  PublishedEvidence(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<CitedSource> resolve(Citation citation) {
    String sql =
        switch (citation.kind()) {
          case PRACTICE -> PRACTICE;
          case INITIATIVE_CONCLUSION -> CONCLUSION;
          case REVIEW_RESULT -> REVIEW;
          case INDICATOR_OUTCOME -> INDICATOR;
          case TRANSFER -> TRANSFER;
        };
    Object id =
        switch (citation.kind()) {
          case REVIEW_RESULT, INDICATOR_OUTCOME -> citation.id().toString();
          default -> citation.id();
        };
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager.createNativeQuery(sql).setParameter(1, id).setMaxResults(1).getResultList();
    return rows.stream()
        .findFirst()
        .map(row -> new CitedSource((String) row[0], Boolean.TRUE.equals(row[1])));
  }
}
