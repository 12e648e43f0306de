package eu.cohesion.practice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rest → service → domain. The events package holds event data records, which the
 * service layer writes, and consumers, which hand incoming events to the service layer.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.cohesion.practice");
  }

  @Test
  void domainDependsOnlyOnTheJdkJakartaPersistenceAndTheKitsSecurityAndProblems() {
    classes()
        .that()
        .resideInAPackage("..practice.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.persistence..",
            "eu.cohesion.kit.security..",
            "eu.cohesion.kit.problem..",
            "eu.cohesion.kit.domain..",
            "eu.cohesion.practice.domain..")
        .check(classes);
  }

  @Test
  void restDoesNotTouchRepositoriesTheOutboxOrEvents() {
    noClasses()
        .that()
        .resideInAPackage("..practice.rest..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("..practice.events..", "eu.cohesion.kit.events..")
        .check(classes);
  }

  @Test
  void nothingBelowRestDependsOnRest() {
    noClasses()
        .that()
        .resideInAnyPackage("..practice.service..", "..practice.domain..", "..practice.events..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..practice.rest..")
        .check(classes);
  }

  @Test
  void consumersGoThroughUseCasesNotRepositories() {
    noClasses()
        .that()
        .resideInAPackage("..practice.events..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .check(classes);
  }

  @Test
  void theServiceLayerUsesEventDataNotConsumers() {
    noClasses()
        .that()
        .resideInAPackage("..practice.service..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Consumer")
        .check(classes);
  }

  @Test
  void transactionsAreDemarcatedBelowRest() {
    noClasses()
        .that()
        .resideInAPackage("..practice.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.transaction..")
        .check(classes);
  }
}
