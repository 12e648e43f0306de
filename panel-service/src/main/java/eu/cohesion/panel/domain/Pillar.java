package eu.cohesion.panel.domain;

/** The four pillars a panel's balance looks at; each stakeholder category belongs to one. */
public enum Pillar {
  CITIZENS,
  CIVIL_SOCIETY,
  EXPERTISE,
  PUBLIC_AUTHORITY
}
