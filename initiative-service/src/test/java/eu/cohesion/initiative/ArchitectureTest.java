package eu.cohesion.initiative;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import eu.cohesion.kit.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The kit's layering (rest and messaging → service → domain) plus what is particular here: the
 * published event records carry plain values only.
 */
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> RECORDS =
      DescribedPredicate.describe("records", JavaClass::isRecord);

  @Test
  void followsTheKitsLayering() {
    ArchitectureRules.check("eu.cohesion.initiative");
  }

  @Test
  void eventDataRecordsCarryPlainValuesOnly() {
    classes()
        .that(resideInAPackage("..initiative.events..").and(RECORDS))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "eu.cohesion.kit.events..",
            "eu.cohesion.initiative.domain..",
            // The network's shared vocabulary (themes, target groups): plain enums.
            "eu.cohesion.kit.vocabulary..",
            // A payload may nest other payload records (a conclusion's indicator outcomes).
            "eu.cohesion.initiative.events..")
        .check(ArchitectureRules.importService("eu.cohesion.initiative"));
  }
}
