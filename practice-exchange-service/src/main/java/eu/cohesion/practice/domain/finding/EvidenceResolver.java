package eu.cohesion.practice.domain.finding;

import java.util.Optional;

/** Finds what a citation points at; empty when nothing goes by that id. */
@FunctionalInterface
public interface EvidenceResolver {

  Optional<CitedSource> resolve(Citation citation);
}
