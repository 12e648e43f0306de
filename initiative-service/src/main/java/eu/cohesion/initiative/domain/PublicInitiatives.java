package eu.cohesion.initiative.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What of the initiatives the public portal and the open data count. A DRAFT is the coordinator's
 * unfinished text, not yet put to the panel, so it is never counted; every later status is a fact
 * the town has made known. An initiative is <i>active</i> while it runs: approved, piloting or
 * under review.
 */
public final class PublicInitiatives {

  /** Every status but DRAFT, in lifecycle order. */
  public static final List<InitiativeStatus> COUNTED =
      Arrays.stream(InitiativeStatus.values()).filter(s -> s != InitiativeStatus.DRAFT).toList();

  public static final Set<InitiativeStatus> ACTIVE =
      EnumSet.of(
          InitiativeStatus.APPROVED, InitiativeStatus.PILOTING, InitiativeStatus.UNDER_REVIEW);

  private PublicInitiatives() {}

  public static boolean counted(InitiativeStatus status) {
    return status != InitiativeStatus.DRAFT;
  }

  public static boolean active(InitiativeStatus status) {
    return ACTIVE.contains(status);
  }
}
