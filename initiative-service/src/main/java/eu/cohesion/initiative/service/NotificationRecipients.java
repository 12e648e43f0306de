package eu.cohesion.initiative.service;

import java.util.List;
import java.util.Optional;

/**
 * Who gets a notification and where their e-mail goes, as Keycloak knows it. This service keeps
 * only Keycloak user ids: addresses and names are looked up when a mail is sent, so a changed or
 * erased address is never stale here.
 */
public interface NotificationRecipients {

  /** The enabled users holding realm role city-coordinator in the town; their Keycloak ids. */
  List<String> coordinatorsOf(String city);

  /**
   * Where and how to write to the user; empty if Keycloak no longer knows them or has no address.
   */
  Optional<Addressee> addressee(String userId);

  /**
   * @param locale the user's Keycloak {@code locale} attribute (e.g. {@code de}), null if none
   */
  record Addressee(String email, String name, String locale) {}
}
