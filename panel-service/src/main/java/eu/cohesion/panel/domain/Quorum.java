package eu.cohesion.panel.domain;

/**
 * Whether a session could decide: more than half of the panel's eligible (active) members were
 * present. A panel without eligible members never has a quorum. Apologies count as absent: an
 * excused member still does not vote.
 *
 * <p>No chair is required: the panel's roles belong to its members, and a session may appoint its
 * chair from those present; the rule stays one number a coordinator can check by hand.
 *
 * @param eligible active members of the panel at the session
 * @param present of them, those present
 * @param required the smallest number present that makes a quorum
 * @param met whether {@code present >= required}
 */
public record Quorum(int eligible, int present, int required, boolean met) {

  public static Quorum of(int eligible, int present) {
    if (eligible < 0 || present < 0) {
      throw new IllegalArgumentException("member counts are never negative");
    }
    if (present > eligible) {
      throw new IllegalArgumentException("more members present than the panel has");
    }
    int required = eligible / 2 + 1;
    return new Quorum(eligible, present, required, eligible > 0 && present >= required);
  }
}
