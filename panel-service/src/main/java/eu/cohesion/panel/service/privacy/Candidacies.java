package eu.cohesion.panel.service.privacy;

import eu.cohesion.panel.domain.PoolCandidate;
import eu.cohesion.panel.service.PoolCandidateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Candidacies in sortition pools. A candidacy belongs to a person once a confirmed draw made them a
 * panel member (the data subject's member ids); candidates never drawn are known to the platform
 * only by what the coordinator imported, and the coordinator removes them from the pool on request.
 * Erasure keeps the candidate's id and category, so draw audits (probabilities keyed by candidate
 * id) stay checkable.
 */
@ApplicationScoped
public class Candidacies implements PersonalDataSource {

  private final PoolCandidateRepository candidates;

  Candidacies(PoolCandidateRepository candidates) {
    this.candidates = candidates;
  }

  @Override
  public String section() {
    return "candidacies";
  }

  @Override
  public Object export(DataSubject subject) {
    return candidates.ofMemberIds(subject.memberIds()).stream().map(Candidacies::entry).toList();
  }

  @Override
  public void erase(DataSubject subject, Instant now) {
    candidates.ofMemberIds(subject.memberIds()).forEach(c -> c.erase(now));
  }

  private static Map<String, Object> entry(PoolCandidate c) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("candidateId", c.id());
    entry.put("panelId", c.panelId());
    entry.put("externalId", c.externalId());
    entry.put("displayName", c.displayName());
    entry.put("email", c.email());
    entry.put("phone", c.phone());
    entry.put("address", c.address());
    entry.put("features", c.features());
    entry.put("consentRecordedAt", c.consentRecordedAt());
    entry.put("consentTextVersion", c.consentTextVersion());
    entry.put("memberId", c.memberId());
    entry.put("createdAt", c.createdAt());
    return entry;
  }
}
