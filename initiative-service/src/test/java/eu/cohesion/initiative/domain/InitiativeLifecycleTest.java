package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The state machine as a full matrix: every from × to pair, written out here independently of the
 * implementation, so that any change to the lifecycle shows up as a failing row.
 */
class InitiativeLifecycleTest {

  private static final Set<String> COVERED = new HashSet<>();

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DRAFT        | DRAFT        | false
          DRAFT        | PROPOSED     | true
          DRAFT        | APPROVED     | false
          DRAFT        | PILOTING     | false
          DRAFT        | UNDER_REVIEW | false
          DRAFT        | CONCLUDED    | false
          DRAFT        | WITHDRAWN    | true
          PROPOSED     | DRAFT        | false
          PROPOSED     | PROPOSED     | false
          PROPOSED     | APPROVED     | true
          PROPOSED     | PILOTING     | false
          PROPOSED     | UNDER_REVIEW | false
          PROPOSED     | CONCLUDED    | false
          PROPOSED     | WITHDRAWN    | true
          APPROVED     | DRAFT        | false
          APPROVED     | PROPOSED     | false
          APPROVED     | APPROVED     | false
          APPROVED     | PILOTING     | true
          APPROVED     | UNDER_REVIEW | false
          APPROVED     | CONCLUDED    | false
          APPROVED     | WITHDRAWN    | true
          PILOTING     | DRAFT        | false
          PILOTING     | PROPOSED     | false
          PILOTING     | APPROVED     | false
          PILOTING     | PILOTING     | false
          PILOTING     | UNDER_REVIEW | true
          PILOTING     | CONCLUDED    | false
          PILOTING     | WITHDRAWN    | true
          UNDER_REVIEW | DRAFT        | false
          UNDER_REVIEW | PROPOSED     | false
          UNDER_REVIEW | APPROVED     | false
          UNDER_REVIEW | PILOTING     | false
          UNDER_REVIEW | UNDER_REVIEW | false
          UNDER_REVIEW | CONCLUDED    | true
          UNDER_REVIEW | WITHDRAWN    | true
          CONCLUDED    | DRAFT        | false
          CONCLUDED    | PROPOSED     | false
          CONCLUDED    | APPROVED     | false
          CONCLUDED    | PILOTING     | false
          CONCLUDED    | UNDER_REVIEW | false
          CONCLUDED    | CONCLUDED    | false
          CONCLUDED    | WITHDRAWN    | false
          WITHDRAWN    | DRAFT        | false
          WITHDRAWN    | PROPOSED     | false
          WITHDRAWN    | APPROVED     | false
          WITHDRAWN    | PILOTING     | false
          WITHDRAWN    | UNDER_REVIEW | false
          WITHDRAWN    | CONCLUDED    | false
          WITHDRAWN    | WITHDRAWN    | false
          """)
  void everyPair(InitiativeStatus from, InitiativeStatus to, boolean allowed) {
    COVERED.add(from + "/" + to);
    assertEquals(allowed, InitiativeLifecycle.allows(from, to));
    assertEquals(allowed, InitiativeLifecycle.next(from).contains(to));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DRAFT        | PROPOSED,WITHDRAWN
          PROPOSED     | APPROVED,WITHDRAWN
          APPROVED     | PILOTING,WITHDRAWN
          PILOTING     | UNDER_REVIEW,WITHDRAWN
          UNDER_REVIEW | CONCLUDED,WITHDRAWN
          """)
  void openStatesListTheirNextStatesInLifecycleOrder(InitiativeStatus from, String next) {
    assertEquals(
        List.of(next.split(",")).stream().map(InitiativeStatus::valueOf).toList(),
        InitiativeLifecycle.next(from));
    assertEquals(false, InitiativeLifecycle.isFinal(from));
  }

  @ParameterizedTest
  @EnumSource(
      value = InitiativeStatus.class,
      names = {"CONCLUDED", "WITHDRAWN"})
  void concludedAndWithdrawnAreFinal(InitiativeStatus status) {
    assertEquals(true, InitiativeLifecycle.isFinal(status));
    assertEquals(List.of(), InitiativeLifecycle.next(status));
  }

  @AfterAll
  static void everyPairIsInTheMatrix() {
    int pairs = InitiativeStatus.values().length * InitiativeStatus.values().length;
    assertEquals(pairs, COVERED.size());
  }
}
