package eu.cohesion.practice.domain.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.security.Role;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A finding's lifecycle under generated sequences of steps (jqwik). */
class CommonFindingPropertiesTest {

  @Provide
  Arbitrary<List<String>> steps() {
    return Arbitraries.of("revise-weak", "revise-strong", "publish", "withdraw")
        .list()
        .ofMaxSize(10);
  }

  /**
   * Whatever is attempted in whatever order: a finding is never PUBLISHED with insufficient
   * evidence, revisions are numbered 1, 2, 3 ... and only a published finding has any.
   */
  @Property
  void neverPublishedWithoutTheEvidenceRule(@ForAll("steps") List<String> steps) {
    CommonFinding finding =
        CommonFinding.draft(
            CommonFindingTest.content("Start", List.of(CommonFindingTest.TARTU)),
            null,
            CommonFindingTest.NOW);
    int n = 0;
    for (String step : steps) {
      n++;
      try {
        switch (step) {
          case "revise-weak" ->
              finding.revise(
                  CommonFindingTest.content("Weak " + n, List.of(CommonFindingTest.MECHELEN)),
                  CommonFindingTest.RESOLVER,
                  Role.NETWORK_ADMIN,
                  CommonFindingTest.NOW);
          case "revise-strong" ->
              finding.revise(
                  CommonFindingTest.content(
                      "Strong " + n, List.of(CommonFindingTest.TARTU, CommonFindingTest.MECHELEN)),
                  CommonFindingTest.RESOLVER,
                  Role.NETWORK_ADMIN,
                  CommonFindingTest.NOW);
          case "publish" ->
              finding.publish(
                  CommonFindingTest.RESOLVER, Role.NETWORK_ADMIN, CommonFindingTest.NOW);
          default -> finding.withdraw("reason", CommonFindingTest.NOW);
        }
      } catch (InsufficientEvidenceException | PublicationRuleException refused) {
        // refused steps are part of the property: they must leave the finding consistent
      }
      if (finding.status() == PublicationStatus.PUBLISHED) {
        assertTrue(finding.evidenceCheck(CommonFindingTest.RESOLVER).sufficient());
      }
      if (finding.status() == PublicationStatus.DRAFT) {
        assertTrue(finding.revisions().isEmpty());
      }
      for (int i = 0; i < finding.revisions().size(); i++) {
        assertEquals(i + 1, finding.revisions().get(i).number());
      }
    }
  }
}
