package eu.cohesion.initiative.config;

import eu.cohesion.initiative.service.NotificationRecipients;
import eu.cohesion.kit.keycloak.RealmUser;
import eu.cohesion.kit.keycloak.RealmUsers;
import eu.cohesion.kit.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recipients as Keycloak knows them now, through the kit's {@link RealmUsers} (the service's own
 * service account). A disabled user gets no notification and no e-mail. Keycloak down is an
 * exception the event router retries and the mail relay backs off from.
 */
@ApplicationScoped
public class RealmNotificationRecipients implements NotificationRecipients {

  private final RealmUsers users;

  RealmNotificationRecipients(RealmUsers users) {
    this.users = users;
  }

  @Override
  public List<String> coordinatorsOf(String city) {
    return users.withRoleInTown(Role.CITY_COORDINATOR.roleName(), city).stream()
        .filter(RealmUser::enabled)
        .map(RealmUser::id)
        .toList();
  }

  /**
   * The kit's {@link RealmUser} does not carry Keycloak's {@code locale} attribute (yet): until it
   * does, mails are written in English.
   */
  @Override
  public Optional<Addressee> addressee(String userId) {
    return users
        .find(userId)
        .filter(RealmUser::enabled)
        .filter(user -> user.email() != null && !user.email().isBlank())
        .map(user -> new Addressee(user.email(), name(user), null));
  }

  private static String name(RealmUser user) {
    return Stream.of(user.firstName(), user.lastName())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
  }
}
