package eu.cohesion.practice.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.localstack.testing.SqlProbe;
import eu.cohesion.practice.InitiativeEvents;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.Unique;
import eu.cohesion.practice.service.follow.Following;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** eu.cohesion.person.erased on panel-events deletes what the person followed, nobody else's. */
@QuarkusTest
class PersonErasedInFollowsTest {

  @Inject InitiativeEvents events;
  @Inject Practices practices;
  @Inject Following following;
  @Inject AgroalDataSource dataSource;

  @Test
  void theErasedPersonFollowsNothingAnyMore() {
    UUID practice = practices.published("mechelen", Unique.text("Followed then erased"));
    UUID keycloakUser = UUID.randomUUID();
    Actor erased = new Actor(keycloakUser.toString(), Set.of(Role.PANEL_MEMBER), "tartu");
    Actor other = new Actor("stays-" + UUID.randomUUID(), Set.of(Role.PANEL_MEMBER), "delft");
    following.followPractice(erased, practice);
    following.followTheme(erased, Theme.HEALTH);
    following.followPractice(other, practice);
    assertEquals(2, follows(erased.subject()));

    Map<String, Object> data = new LinkedHashMap<>();
    data.put("panelId", UUID.randomUUID().toString());
    data.put("keycloakUserId", keycloakUser.toString());
    data.put("memberIds", List.of(UUID.randomUUID().toString()));
    data.put("erasedAt", Instant.now().toString());
    events.sendTo(
        "panel-events",
        UUID.randomUUID(),
        events.event(
            UUID.randomUUID().toString(), "eu.cohesion.person.erased", UUID.randomUUID(), data));

    await().atMost(Duration.ofSeconds(60)).until(() -> follows(erased.subject()) == 0);
    assertEquals(1, follows(other.subject()));
  }

  private long follows(String follower) {
    SqlProbe sql = new SqlProbe(dataSource);
    return sql.count("select count(*) from practice_follow where follower = ?", follower)
        + sql.count("select count(*) from theme_follow where follower = ?", follower);
  }
}
