package eu.cohesion.practice.domain.finding;

import java.util.Objects;
import java.util.UUID;

/** One piece of evidence a finding cites: what kind it is and the id it goes by. */
public record Citation(CitationKind kind, UUID id) {

  public Citation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return kind + " " + id;
  }
}
