package eu.cohesion.practice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.cohesion.kit.testing.ArchitectureRules;
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
  void followsTheKitsLayering() {
    ArchitectureRules.check("eu.cohesion.practice");
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
}
