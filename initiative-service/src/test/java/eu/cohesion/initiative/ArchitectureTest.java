package eu.cohesion.initiative;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.cohesion.kit.testing.ArchitectureRules;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rest → service → domain; events holds the event data records (used by the service
 * layer to announce changes) and the consumers (an inbound adapter like rest, calling the service).
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
  void followsTheKitsLayering() {
    ArchitectureRules.check("eu.cohesion.initiative");
  }

  @Test
  void theServiceLayerUsesOnlyTheEventDataRecordsNotTheConsumers() {
    noClasses()
        .that()
        .resideInAPackage("..initiative.service..")
        .should()
        .dependOnClassesThat(resideInAPackage("..initiative.events..").and(not(RECORDS)))
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
        .resideInAnyPackage("java..", "eu.cohesion.kit.events..", "eu.cohesion.initiative.domain..")
        .check(classes);
  }

  @Test
  void consumersLiveInTheEventsPackage() {
    methods()
        .that()
        .areAnnotatedWith(Incoming.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..initiative.events..")
        .check(classes);
  }
}
