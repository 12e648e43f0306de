package eu.cohesion.initiative;

import eu.cohesion.initiative.service.NotificationRecipients;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak's users as the notification tests need them: who coordinates a town, and each user's
 * address and locale. Tests add the people they talk about (unique ids, so classes sharing the
 * application do not see each other's).
 */
@Mock
@ApplicationScoped
public class FakeRealm implements NotificationRecipients {

  private final Map<String, List<String>> coordinators = new ConcurrentHashMap<>();
  private final Map<String, Addressee> addressees = new ConcurrentHashMap<>();

  public void coordinators(String city, List<String> userIds) {
    coordinators.put(city, List.copyOf(userIds));
  }

  public void user(String userId, String email, String name, String locale) {
    addressees.put(userId, new Addressee(email, name, locale));
  }

  @Override
  public List<String> coordinatorsOf(String city) {
    return coordinators.getOrDefault(city, List.of());
  }

  @Override
  public Optional<Addressee> addressee(String userId) {
    return Optional.ofNullable(addressees.get(userId));
  }
}
