package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rule of a recommendation: backed by at least one finding, and every finding it names is
 * published. Computed when it is published or a published one is edited.
 *
 * @param unknown finding ids that name no finding
 * @param unpublished findings that exist but are not (or no longer) published
 */
public record FindingBacking(List<UUID> published, List<UUID> unknown, List<UUID> unpublished) {

  public static FindingBacking of(
      List<UUID> findingIds, Function<UUID, Optional<PublicationStatus>> statusOf) {
    List<UUID> published = new java.util.ArrayList<>();
    List<UUID> unknown = new java.util.ArrayList<>();
    List<UUID> unpublished = new java.util.ArrayList<>();
    for (UUID id : findingIds) {
      Optional<PublicationStatus> status = statusOf.apply(id);
      if (status.isEmpty()) {
        unknown.add(id);
      } else if (status.get() == PublicationStatus.PUBLISHED) {
        published.add(id);
      } else {
        unpublished.add(id);
      }
    }
    return new FindingBacking(
        List.copyOf(published), List.copyOf(unknown), List.copyOf(unpublished));
  }

  public boolean sufficient() {
    return !published.isEmpty() && unknown.isEmpty() && unpublished.isEmpty();
  }

  /**
   * @throws Unbacked (422) naming what is missing, unless sufficient
   */
  public void require() {
    if (!sufficient()) {
      throw new Unbacked(this);
    }
  }

  /** A recommendation that no published finding backs, or that names an unpublished one. */
  public static class Unbacked extends RuleViolationException {

    private final transient FindingBacking backing;

    Unbacked(FindingBacking backing) {
      super("unbacked-recommendation", "Recommendation not backed by findings", detail(backing));
      this.backing = backing;
    }

    private static String detail(FindingBacking backing) {
      List<String> missing = new java.util.ArrayList<>();
      if (backing.published.isEmpty()) {
        missing.add("a recommendation is backed by at least one published finding");
      }
      if (!backing.unknown.isEmpty()) {
        missing.add("unknown findings: " + backing.unknown);
      }
      if (!backing.unpublished.isEmpty()) {
        missing.add("findings not published: " + backing.unpublished);
      }
      return String.join("; ", missing);
    }

    @Override
    public Map<String, Object> extensions() {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("field", "findingIds");
      members.put("violations", List.of(Map.of("field", "findingIds", "message", getMessage())));
      members.put("unknownFindings", backing.unknown.stream().map(UUID::toString).toList());
      members.put("unpublishedFindings", backing.unpublished.stream().map(UUID::toString).toList());
      return members;
    }
  }
}
