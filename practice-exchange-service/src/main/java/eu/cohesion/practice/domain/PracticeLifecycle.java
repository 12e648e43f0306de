package eu.cohesion.practice.domain;

import static eu.cohesion.practice.domain.PracticeStatus.DRAFT;
import static eu.cohesion.practice.domain.PracticeStatus.PUBLISHED;
import static eu.cohesion.practice.domain.PracticeStatus.RETURNED;
import static eu.cohesion.practice.domain.PracticeStatus.SUBMITTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validation state machine: the town submits a DRAFT; the network admin publishes a SUBMITTED
 * practice or returns it with reasons; the town reworks a RETURNED practice and submits it again;
 * the network admin may unpublish a PUBLISHED practice with a reason, which returns it to the town.
 * Nothing is final. A SUBMITTED practice is locked while it waits for the admin's decision.
 */
public final class PracticeLifecycle {

  private static final Map<PracticeStatus, Set<ValidationStep>> STEPS =
      new EnumMap<>(PracticeStatus.class);

  static {
    STEPS.put(DRAFT, EnumSet.of(ValidationStep.SUBMITTED));
    STEPS.put(SUBMITTED, EnumSet.of(ValidationStep.RETURNED, ValidationStep.PUBLISHED));
    STEPS.put(RETURNED, EnumSet.of(ValidationStep.SUBMITTED));
    STEPS.put(PUBLISHED, EnumSet.of(ValidationStep.UNPUBLISHED));
  }

  private PracticeLifecycle() {}

  /** The steps a practice in this status may take next, in declaration order. */
  public static List<ValidationStep> steps(PracticeStatus from) {
    return List.copyOf(STEPS.get(from));
  }

  public static boolean allows(PracticeStatus from, ValidationStep step) {
    return STEPS.get(from).contains(step);
  }

  /** The states a practice may move to next, in lifecycle order. */
  public static List<PracticeStatus> next(PracticeStatus from) {
    EnumSet<PracticeStatus> next = EnumSet.noneOf(PracticeStatus.class);
    STEPS.get(from).forEach(step -> next.add(step.to()));
    return List.copyOf(next);
  }

  /** Only a practice waiting for the admin's decision is locked against edits. */
  public static boolean editable(PracticeStatus status) {
    return status != SUBMITTED;
  }
}
