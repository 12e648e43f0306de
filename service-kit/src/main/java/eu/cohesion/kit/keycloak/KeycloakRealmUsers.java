package eu.cohesion.kit.keycloak;

import eu.cohesion.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link RealmUsers} through Keycloak's admin client, signed in as the service's own service
 * account (client credentials). The client is built on first use, so a service starts without
 * Keycloak and answers 503 while it is down.
 */
@ApplicationScoped
public class KeycloakRealmUsers implements RealmUsers {

  private static final Logger LOG = Logger.getLogger(KeycloakRealmUsers.class);

  /** Set a password, then confirm the address: the invitee proves they read that mailbox. */
  static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

  private static final int PAGE = 100;
  private static final String CITY = "city";

  private final KeycloakAdminSettings settings;
  private volatile Keycloak client;

  KeycloakRealmUsers(KeycloakAdminSettings settings) {
    this.settings = settings;
  }

  @Override
  public List<RealmUser> search(String query, int max) {
    int size = Math.max(1, Math.min(max, PAGE));
    return call(
        "search users",
        () ->
            realm().users().search(query == null ? "" : query.strip(), 0, size, false).stream()
                .map(KeycloakRealmUsers::user)
                .toList());
  }

  @Override
  public Optional<RealmUser> find(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return call(
        "read a user",
        () -> {
          try {
            return Optional.of(user(realm().users().get(userId).toRepresentation()));
          } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  @Override
  public List<RealmUser> withRoleInTown(String realmRole, String city) {
    return call(
        "list a role's users",
        () -> {
          List<RealmUser> found = new ArrayList<>();
          try {
            for (int first = 0; ; first += PAGE) {
              List<UserRepresentation> page =
                  realm().roles().get(realmRole).getUserMembers(false, first, PAGE);
              page.stream()
                  .map(KeycloakRealmUsers::user)
                  .filter(u -> city.equals(u.city()))
                  .forEach(found::add);
              if (page.size() < PAGE) {
                return found;
              }
            }
          } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
              return List.of(); // no such role: nobody holds it
            }
            throw e;
          }
        });
  }

  @Override
  public String invite(Invitation invitation) {
    String id = call("create a user", () -> create(invitation));
    try {
      call(
          "give the new user its role and send the invitation",
          () -> {
            RealmResource realm = realm();
            RoleRepresentation role = role(realm, invitation.realmRole());
            realm.users().get(id).roles().realmLevel().add(List.of(role));
            realm
                .users()
                .get(id)
                .executeActionsEmail(
                    invitation.clientId(),
                    invitation.redirectUri(),
                    settings.invitationLifespanSeconds(),
                    INVITATION_ACTIONS);
            return id;
          });
      return id;
    } catch (RuntimeException e) {
      // An account nobody was told about, or one without its role, must not stay behind.
      deleteQuietly(id);
      throw e;
    }
  }

  private String create(Invitation invitation) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(invitation.email());
    user.setEmail(invitation.email());
    user.setFirstName(invitation.firstName());
    user.setLastName(invitation.lastName());
    user.setEnabled(true);
    user.setEmailVerified(false);
    // Also required at the first sign-in, so an expired invitation link plus "forgot password"
    // still leads the person through setting a password and verifying the address.
    user.setRequiredActions(INVITATION_ACTIONS);
    user.setAttributes(Map.of(CITY, List.of(invitation.city())));
    try (Response response = realm().users().create(user)) {
      int status = response.getStatus();
      if (status == 409) {
        throw new AccountExistsException(invitation.email());
      }
      if (status == 400) {
        throw new AccountRejectedException(errorMessage(response));
      }
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  private static RoleRepresentation role(RealmResource realm, String name) {
    try {
      return realm.roles().get(name).toRepresentation();
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        throw new AccountRejectedException("realm cohesion has no role " + name);
      }
      throw e;
    }
  }

  private void deleteQuietly(String id) {
    try (Response ignored = realm().users().delete(id)) {
      LOG.infof("deleted user %s again after its invitation failed", id);
    } catch (RuntimeException e) {
      LOG.errorf(e, "could not delete user %s after its invitation failed: delete it by hand", id);
    }
  }

  private static String errorMessage(Response response) {
    try {
      Map<?, ?> body = response.readEntity(Map.class);
      Object message = body.get("errorMessage");
      Object field = body.get("field");
      return field == null ? String.valueOf(message) : field + ": " + message;
    } catch (RuntimeException e) {
      return "HTTP " + response.getStatus();
    }
  }

  /** Keycloak down or failing (also: refusing this service's credentials) is a 503. */
  private <T> T call(String doing, Supplier<T> action) {
    try {
      return action.get();
    } catch (ProblemException e) {
      throw e;
    } catch (ProcessingException e) {
      LOG.warnf("Keycloak unreachable trying to %s: %s", doing, e.getMessage());
      throw new AccountDirectoryUnavailableException(
          "the account directory (Keycloak) cannot be reached at the moment: retry later", e);
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      LOG.warnf("Keycloak answered %d trying to %s", status, doing);
      throw new AccountDirectoryUnavailableException(
          "the account directory (Keycloak) failed to " + doing + " (HTTP " + status + ")", e);
    }
  }

  private RealmResource realm() {
    return keycloak().realm(settings.realm());
  }

  private Keycloak keycloak() {
    Keycloak current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client = settings.newClient();
        }
        current = client;
      }
    }
    return current;
  }

  static RealmUser user(UserRepresentation user) {
    List<String> cities = user.getAttributes() == null ? null : user.getAttributes().get(CITY);
    return new RealmUser(
        user.getId(),
        user.getUsername(),
        user.getEmail(),
        user.getFirstName(),
        user.getLastName(),
        cities == null || cities.isEmpty() ? null : cities.get(0),
        Boolean.TRUE.equals(user.isEnabled()));
  }
}
