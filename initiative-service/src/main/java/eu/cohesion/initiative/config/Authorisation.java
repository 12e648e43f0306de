package eu.cohesion.initiative.config;

import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.kit.security.PermissionTable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Hands the service's one permission table to the kit's role gate. */
@Singleton
public class Authorisation {

  @Produces
  @Singleton
  PermissionTable<InitiativeAction> table() {
    return InitiativePermissions.TABLE;
  }
}
