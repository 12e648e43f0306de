/** The service's limits (PublicationRules, RecommendationContent). */
export const LIMITS = {
  statement: 500,
  text: 8000,
  reason: 2000,
  citations: 50,
  actions: 20,
  action: 1000,
  findings: 20,
  title: 200,
} as const;

/** The problem types a finding or recommendation is refused with when its backing falls short. */
export const INSUFFICIENT_EVIDENCE = 'urn:cohesion:problem:insufficient-evidence';
export const UNBACKED_RECOMMENDATION = 'urn:cohesion:problem:unbacked-recommendation';
