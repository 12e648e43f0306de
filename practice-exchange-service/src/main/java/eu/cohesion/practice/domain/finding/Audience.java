package eu.cohesion.practice.domain.finding;

/** Whom a recommendation is addressed to: the larger audience the network shares with. */
public enum Audience {
  LOCAL_AUTHORITIES,
  NATIONAL_POLICY_MAKERS,
  EU_INSTITUTIONS,
  CIVIL_SOCIETY_ORGANISATIONS
}
