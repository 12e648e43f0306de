package eu.cohesion.panel.config;

import eu.cohesion.kit.security.PermissionTable;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Hands the service's one permission table to the kit's role gate. */
@Singleton
public class Authorisation {

  @Produces
  @Singleton
  PermissionTable<PanelAction> table() {
    return PanelPermissions.TABLE;
  }
}
