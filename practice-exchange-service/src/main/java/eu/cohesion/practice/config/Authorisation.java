package eu.cohesion.practice.config;

import eu.cohesion.kit.security.PermissionTable;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Hands the service's one permission table to the kit's role gate. */
@Singleton
public class Authorisation {

  @Produces
  @Singleton
  PermissionTable<PracticeAction> table() {
    return PracticePermissions.TABLE;
  }
}
