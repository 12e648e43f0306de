package eu.cohesion.practice.domain.finding;

/**
 * What a citation points at, as far as the evidence rule needs it.
 *
 * @param town the town the evidence comes from
 * @param published whether it is public: a published practice, or evidence carried on one, or a
 *     transfer of one
 */
public record CitedSource(String town, boolean published) {}
