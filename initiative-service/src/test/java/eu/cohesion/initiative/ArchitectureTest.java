package eu.cohesion.initiative;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering: two inbound adapters, rest and messaging (the consumers), call service → domain;
 * events holds only the records of published events, which the service layer announces.
 */
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> RECORDS =
      DescribedPredicate.describe("records", JavaClass::isRecord);

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.cohesion.initiative");
  }

  @Test
  void domainDependsOnNothingButTheJdkJakartaPersistenceAndTheKitsRulesVocabulary() {
    classes()
        .that()
        .resideInAPackage("..initiative.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.persistence..",
            "eu.cohesion.kit.security..",
            "eu.cohesion.kit.problem..",
            "eu.cohesion.initiative.domain..")
        .check(classes);
  }

  @Test
  void restDoesNotTouchRepositoriesOrEvents() {
    noClasses()
        .that()
        .resideInAPackage("..initiative.rest..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("..initiative.events..")
        .check(classes);
  }

  @Test
  void nothingBelowTheAdaptersDependsOnThem() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "..initiative.service..", "..initiative.domain..", "..initiative.events..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..initiative.rest..", "..initiative.messaging..")
        .check(classes);
  }

  @Test
  void messagingUsesTheServiceLayerNotRestNorRepositories() {
    noClasses()
        .that()
        .resideInAPackage("..initiative.messaging..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..initiative.rest..")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .check(classes);
  }

  @Test
  void eventDataRecordsCarryPlainValuesOnly() {
    classes()
        .that()
        .resideInAPackage("..initiative.events..")
        .and(RECORDS)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "eu.cohesion.initiative.domain..")
        .check(classes);
  }

  @Test
  void consumersLiveInTheMessagingPackage() {
    methods()
        .that()
        .areAnnotatedWith(Incoming.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..initiative.messaging..")
        .check(classes);
  }

  @Test
  void transactionsAreDemarcatedBelowRest() {
    noClasses()
        .that()
        .resideInAPackage("..initiative.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.transaction..")
        .check(classes);
  }

  @Test
  void errorsBecomeProblemsOnlyThroughTheKitsMappers() {
    noMethods().should().beAnnotatedWith(ServerExceptionMapper.class).check(classes);
    noClasses().should().implement(ExceptionMapper.class).check(classes);
  }
}
