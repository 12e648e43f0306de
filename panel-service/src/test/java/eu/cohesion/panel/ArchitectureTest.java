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
    ArchitectureRules.check("eu.cohesion.panel");
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
