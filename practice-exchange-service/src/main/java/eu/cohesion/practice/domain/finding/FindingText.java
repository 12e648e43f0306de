package eu.cohesion.practice.domain.finding;

/** The written part of a finding, in one language; translated field by field. */
public record FindingText(String statement, String explanation) {}
