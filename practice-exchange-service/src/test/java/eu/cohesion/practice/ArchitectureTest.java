package eu.cohesion.practice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering: two inbound adapters, rest and messaging (the consumers and the data of the events
 * they read), call service → domain; events holds only the records of published events, which the
 * service layer writes.
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
  void nothingBelowTheAdaptersDependsOnThem() {
    noClasses()
        .that()
        .resideInAnyPackage("..practice.service..", "..practice.domain..", "..practice.events..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..practice.rest..", "..practice.messaging..")
        .check(classes);
  }

  @Test
  void consumersGoThroughUseCasesNotRepositoriesNorRest() {
    noClasses()
        .that()
        .resideInAPackage("..practice.messaging..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("..practice.rest..")
        .check(classes);
  }

  @Test
  void consumersLiveInTheMessagingPackage() {
    methods()
        .that()
        .areAnnotatedWith(Incoming.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..practice.messaging..")
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
