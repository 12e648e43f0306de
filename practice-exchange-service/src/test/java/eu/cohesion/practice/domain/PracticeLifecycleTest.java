package eu.cohesion.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The validation state machine as a full matrix: every status × step, written out here
 * independently of the implementation, so that any change to the lifecycle shows up as a failing
 * row.
 */
class PracticeLifecycleTest {

  private static final Set<String> COVERED = new HashSet<>();

  @ParameterizedTest(name = "{0} then {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DRAFT     | SUBMITTED   | true
          DRAFT     | RETURNED    | false
          DRAFT     | PUBLISHED   | false
          DRAFT     | UNPUBLISHED | false
          SUBMITTED | SUBMITTED   | false
          SUBMITTED | RETURNED    | true
          SUBMITTED | PUBLISHED   | true
          SUBMITTED | UNPUBLISHED | false
          RETURNED  | SUBMITTED   | true
          RETURNED  | RETURNED    | false
          RETURNED  | PUBLISHED   | false
          RETURNED  | UNPUBLISHED | false
          PUBLISHED | SUBMITTED   | false
          PUBLISHED | RETURNED    | false
          PUBLISHED | PUBLISHED   | false
          PUBLISHED | UNPUBLISHED | true
          """)
  void everyPair(PracticeStatus from, ValidationStep step, boolean allowed) {
    COVERED.add(from + "/" + step);
    assertEquals(allowed, PracticeLifecycle.allows(from, step));
    assertEquals(allowed, PracticeLifecycle.steps(from).contains(step));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DRAFT     | SUBMITTED
          SUBMITTED | RETURNED,PUBLISHED
          RETURNED  | SUBMITTED
          PUBLISHED | RETURNED
          """)
  void eachStatusListsTheStatesItMayMoveTo(PracticeStatus from, String next) {
    assertEquals(
        List.of(next.split(",")).stream().map(PracticeStatus::valueOf).toList(),
        PracticeLifecycle.next(from));
  }

  @ParameterizedTest(name = "{0} editable: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DRAFT     | true
          SUBMITTED | false
          RETURNED  | true
          PUBLISHED | true
          """)
  void onlyASubmittedPracticeIsLocked(PracticeStatus status, boolean editable) {
    assertEquals(editable, PracticeLifecycle.editable(status));
  }

  @Test
  void eachStepHasItsOwnPermissionRowAndTarget() {
    assertEquals(PracticeAction.SUBMIT_PRACTICE, ValidationStep.SUBMITTED.action());
    assertEquals(PracticeAction.RETURN_PRACTICE, ValidationStep.RETURNED.action());
    assertEquals(PracticeAction.PUBLISH_PRACTICE, ValidationStep.PUBLISHED.action());
    assertEquals(PracticeAction.UNPUBLISH_PRACTICE, ValidationStep.UNPUBLISHED.action());
    assertEquals(PracticeStatus.RETURNED, ValidationStep.UNPUBLISHED.to());
    assertEquals(
        List.of(ValidationStep.RETURNED, ValidationStep.UNPUBLISHED),
        List.of(ValidationStep.values()).stream().filter(ValidationStep::needsReason).toList());
  }

  @AfterAll
  static void everyPairIsInTheMatrix() {
    assertEquals(PracticeStatus.values().length * ValidationStep.values().length, COVERED.size());
  }
}
