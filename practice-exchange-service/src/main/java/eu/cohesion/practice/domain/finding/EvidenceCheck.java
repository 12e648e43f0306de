package eu.cohesion.practice.domain.finding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network's rule for a common finding: its evidence comes from at least {@link #MIN_TOWNS}
 * distinct towns and every citation resolves to something published. Computed, never stored: a
 * cited practice may be unpublished later, and the editor shows the check as it stands now.
 *
 * @param citations each citation with what it resolved to, in the finding's order
 * @param towns the distinct towns of the citations that resolve to something published, sorted
 */
public record EvidenceCheck(List<Checked> citations, List<String> towns) {

  public static final int MIN_TOWNS = 2;

  /** Where one citation stands. */
  public enum State {
    PUBLISHED,
    UNPUBLISHED,
    UNKNOWN
  }

  /**
   * @param town {@code null} when the citation is unknown
   */
  public record Checked(Citation citation, State state, String town) {}

  public static EvidenceCheck of(List<Citation> citations, EvidenceResolver resolver) {
    Set<String> towns = new TreeSet<>();
    List<Checked> checked =
        citations.stream()
            .map(
                citation -> {
                  Optional<CitedSource> source = resolver.resolve(citation);
                  if (source.isEmpty()) {
                    return new Checked(citation, State.UNKNOWN, null);
                  }
                  if (!source.get().published()) {
                    return new Checked(citation, State.UNPUBLISHED, source.get().town());
                  }
                  towns.add(source.get().town());
                  return new Checked(citation, State.PUBLISHED, source.get().town());
                })
            .toList();
    return new EvidenceCheck(checked, List.copyOf(towns));
  }

  public List<Citation> in(State state) {
    return citations.stream().filter(c -> c.state() == state).map(Checked::citation).toList();
  }

  /** Whether a finding with this evidence may be published. */
  public boolean sufficient() {
    return towns.size() >= MIN_TOWNS
        && in(State.UNKNOWN).isEmpty()
        && in(State.UNPUBLISHED).isEmpty();
  }

  /**
   * @throws InsufficientEvidenceException (422) naming what is missing, unless sufficient
   */
  public void require() {
    if (!sufficient()) {
      throw new InsufficientEvidenceException(this);
    }
  }
}
