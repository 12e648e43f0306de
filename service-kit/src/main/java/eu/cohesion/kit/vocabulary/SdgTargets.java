package eu.cohesion.kit.vocabulary;

import java.util.List;

/**
 * The SDG targets an initiative or a practice may contribute to: those of goal 10 (reduced
 * inequalities) and goal 11 (sustainable cities and communities), the two goals of the network, in
 * the UN's numbering.
 */
public final class SdgTargets {

  /** Every valid target, in the UN's order. */
  public static final List<String> ALL =
      List.of(
          "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.a", "10.b", "10.c", "11.1",
          "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c");

  private SdgTargets() {}

  /** Position in {@link #ALL}, for ordering; -1 when it is no target of goals 10 and 11. */
  public static int rank(String target) {
    return ALL.indexOf(target);
  }

  public static boolean isValid(String target) {
    return ALL.contains(target);
  }
}
