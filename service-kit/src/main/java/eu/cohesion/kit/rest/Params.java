package eu.cohesion.kit.rest;

/**
 * Anchored patterns of the text parameters every service takes. Text checked by pattern, not a
 * typed parameter, so that a bad value is a 400 naming the parameter rather than a 404.
 */
public final class Params {

  public static final String TOWN = "^[a-z0-9]+(-[a-z0-9]+)*$";
  public static final String TOWN_MESSAGE = "must be a town code";

  public static final String UUID =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
  public static final String UUID_MESSAGE = "must be a UUID";

  /** Initiative themes (docs/initiatives.md), as initiative-service codes them. */
  public static final String THEME =
      "^(LANGUAGE_AND_EDUCATION|EMPLOYMENT|HOUSING|HEALTH|CULTURE_AND_SPORT|CIVIC_PARTICIPATION"
          + "|ANTI_DISCRIMINATION|PUBLIC_SPACE|DIGITAL_INCLUSION)$";

  /** The four population groups. */
  public static final String GROUP =
      "^(NATIVE|EXPAT|NEWLY_ARRIVED_MIGRANT|PRECARIOUS_OR_VULNERABLE)$";

  /** A target of SDG 10 or 11, e.g. 10.2 or 11.a. */
  public static final String SDG = "^1[01]\\.([1-7]|[abc])$";

  private Params() {}
}
