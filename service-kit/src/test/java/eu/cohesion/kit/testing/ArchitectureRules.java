package eu.cohesion.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.stream.Stream;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The layering every service keeps, rest → service → domain, checked once for all:
 *
 * <pre>
 * &#64;Test void followsTheKitsLayering() { ArchitectureRules.check("eu.cohesion.panel"); }
 * </pre>
 *
 * rest and messaging are the inbound adapters. A service's own test adds only what is particular to
 * it (e.g. what its event records may carry).
 */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  /** The service's production classes under {@code basePackage}. */
  public static JavaClasses importService(String basePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage);
  }

  public static void check(String basePackage) {
    check(basePackage, new String[0]);
  }

  /**
   * The same rules, with libraries a service's domain may use besides the JDK and JPA, each named
   * by the service with its reason (e.g. the panel domain's LP/MIP solver for LEXIMIN).
   */
  public static void check(String basePackage, String... domainLibraries) {
    JavaClasses service = importService(basePackage);
    String domain = basePackage + ".domain..";
    String rest = basePackage + ".rest..";

    // The domain depends on the JDK, JPA (with Hibernate's mapping annotations, e.g. a jsonb
    // column) and the kit's vocabulary of rules only.
    classes()
        .that()
        .resideInAPackage(domain)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            Stream.concat(
                    Stream.of(
                        "java..",
                        "jakarta.persistence..",
                        "org.hibernate.annotations..",
                        "org.hibernate.type..",
                        "eu.cohesion.kit.security..",
                        "eu.cohesion.kit.problem..",
                        "eu.cohesion.kit.domain..",
                        // The network's shared vocabulary: themes, target groups, SDG targets.
                        "eu.cohesion.kit.vocabulary..",
                        domain),
                    Arrays.stream(domainLibraries))
                .toArray(String[]::new))
        .check(service);

    // The REST layer calls use cases: no repository, no event, no outbox.
    noClasses()
        .that()
        .resideInAPackage(rest)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(basePackage + ".events..", "eu.cohesion.kit.events..")
        .check(service);

    noClasses()
        .that()
        .resideOutsideOfPackage(rest)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(rest)
        .check(service);

    // Inbound events are an adapter like rest: messaging calls use cases, nothing calls it.
    String messaging = basePackage + ".messaging..";
    noClasses()
        .that()
        .resideOutsideOfPackage(messaging)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(messaging)
        .check(service);
    noClasses()
        .that()
        .resideInAPackage(messaging)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .allowEmptyShould(true) // a service without consumers has no messaging package
        .check(service);
    methods()
        .that()
        .areAnnotatedWith(Incoming.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage(messaging)
        .allowEmptyShould(true) // nor any @Incoming method
        .check(service);

    // Transactions are the use cases' business.
    noClasses()
        .that()
        .resideInAPackage(rest)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.transaction..")
        .check(service);

    // Who may call what is the permission table's: no role names in resources.
    noMethods().should().beAnnotatedWith(RolesAllowed.class).check(service);
    noClasses().should().beAnnotatedWith(RolesAllowed.class).check(service);

    // Errors become problems only through the kit's mappers.
    noMethods().should().beAnnotatedWith(ServerExceptionMapper.class).check(service);
    noClasses().should().implement(ExceptionMapper.class).check(service);
  }
}
