package eu.cohesion.panel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.cohesion.kit.testing.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rest → service → domain, with events used by the service layer only. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.cohesion.panel");
  }

  @Test
  void followsTheKitsLayering() {
    // Sortition is a domain rule computed with a solver (LEXIMIN's LPs and MIPs on OR-Tools), and
    // the Sortition Foundation's CSV formats are that domain's vocabulary (read with Commons CSV).
    ArchitectureRules.check(
        "eu.cohesion.panel", "com.google.ortools..", "org.apache.commons.csv..");
  }

  @Test
  void eventsAreUsedByTheServiceLayerNotTheOtherWayRound() {
    noClasses()
        .that()
        .resideInAPackage("..panel.events..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..panel.service..")
        .check(classes);
  }
}
