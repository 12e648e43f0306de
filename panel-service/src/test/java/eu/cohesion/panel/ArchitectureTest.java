package eu.cohesion.panel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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
  void domainDependsOnNothingButTheJdkJakartaPersistenceAndTheKitsRules() {
    classes()
        .that()
        .resideInAPackage("..panel.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.persistence..",
            "eu.cohesion.kit.security..",
            "eu.cohesion.kit.problem..",
            "eu.cohesion.kit.domain..",
            "eu.cohesion.panel.domain..")
        .check(classes);
  }

  @Test
  void restDoesNotTouchRepositoriesOrTheOutbox() {
    noClasses()
        .that()
        .resideInAPackage("..panel.rest..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("..panel.events..")
        .check(classes);
  }

  @Test
  void nothingBelowRestDependsOnRest() {
    noClasses()
        .that()
        .resideInAnyPackage("..panel.service..", "..panel.domain..", "..panel.events..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..panel.rest..")
        .check(classes);
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

  @Test
  void transactionsAreDemarcatedBelowRest() {
    noClasses()
        .that()
        .resideInAPackage("..panel.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.transaction..")
        .check(classes);
  }
}
