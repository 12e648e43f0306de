package eu.cohesion.initiative.domain;

import java.util.Map;

/**
 * The four pillars of a panel's balance, as panel-service groups stakeholder categories
 * (panel-service domain/Pillar and StakeholderCategory): a review's results are broken down by
 * them.
 */
public enum Pillar {
  CITIZENS,
  CIVIL_SOCIETY,
  EXPERTISE,
  PUBLIC_AUTHORITY;

  private static final Map<String, Pillar> OF_CATEGORY =
      Map.of(
          "CITIZEN", CITIZENS,
          "CITIZENS_ORGANISATION", CITIZENS,
          "NON_PROFIT_ORGANISATION", CIVIL_SOCIETY,
          "CIVIL_SOCIETY_ORGANISATION", CIVIL_SOCIETY,
          "EXPERT", EXPERTISE,
          "OFFICIAL", PUBLIC_AUTHORITY,
          "LOCAL_AUTHORITY", PUBLIC_AUTHORITY);

  /**
   * @throws IllegalArgumentException for a category panel-service does not define
   */
  public static Pillar ofCategory(String stakeholderCategory) {
    Pillar pillar = OF_CATEGORY.get(stakeholderCategory);
    if (pillar == null) {
      throw new IllegalArgumentException("unknown stakeholder category " + stakeholderCategory);
    }
    return pillar;
  }
}
