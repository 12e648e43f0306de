package eu.cohesion.practice.domain.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.practice.domain.discussion.DiscussionPost;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowAudienceTest {

  @Test
  void practiceAndThemeFollowersAreToldOnceInTheOrderGiven() {
    assertEquals(
        List.of("ana", "ben", "cleo"),
        FollowAudience.of("actor", List.of("ana", "ben"), List.of("ben", "cleo", "ana")));
  }

  @Test
  void theActorIsNeverToldOfTheirOwnAct() {
    assertEquals(
        List.of("ana"), FollowAudience.of("actor", List.of("actor", "ana"), List.of("actor")));
  }

  @Test
  void anErasedAskerOrAMissingOneIsNobody() {
    assertEquals(
        List.of("ana"),
        FollowAudience.of(
            "actor", List.of("ana"), Arrays.asList(DiscussionPost.ERASED, null, "ana")));
  }

  @Test
  void nobodyFollowingMeansNobodyToTell() {
    assertEquals(List.of(), FollowAudience.of("actor", List.of(), List.of("actor")));
  }
}
