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

  private Params() {}
}
