package eu.cohesion.practice.domain.finding;

import static eu.cohesion.practice.domain.finding.PublicationStatus.DRAFT;
import static eu.cohesion.practice.domain.finding.PublicationStatus.PUBLISHED;
import static eu.cohesion.practice.domain.finding.PublicationStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of findings and recommendations: a DRAFT is published, a PUBLISHED one may be
 * withdrawn with a reason. WITHDRAWN is final: what the network once said and took back stays on
 * record, and a corrected statement is a new draft.
 */
public final class PublicationLifecycle {

  private static final Map<PublicationStatus, Set<PublicationStatus>> NEXT =
      new EnumMap<>(PublicationStatus.class);

  static {
    NEXT.put(DRAFT, EnumSet.of(PUBLISHED));
    NEXT.put(PUBLISHED, EnumSet.of(WITHDRAWN));
    NEXT.put(WITHDRAWN, EnumSet.noneOf(PublicationStatus.class));
  }

  private PublicationLifecycle() {}

  /** The states that may follow, in lifecycle order. */
  public static List<PublicationStatus> next(PublicationStatus from) {
    return List.copyOf(NEXT.get(from));
  }

  public static boolean allows(PublicationStatus from, PublicationStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** A withdrawn text is a record: it is not edited any more. */
  public static boolean editable(PublicationStatus status) {
    return status != WITHDRAWN;
  }

  /**
   * @throws PublicationRuleException (422) unless the lifecycle allows the step now
   */
  static void require(String what, PublicationStatus from, PublicationStatus to) {
    if (!allows(from, to)) {
      throw PublicationRuleException.illegalTransition(what, from, to);
    }
  }
}
