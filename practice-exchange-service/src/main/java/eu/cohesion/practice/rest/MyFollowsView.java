package eu.cohesion.practice.rest;

import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.service.follow.Following;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MyFollows", description = "What the caller follows")
public record MyFollowsView(
    @Schema(description = "Followed practices, oldest follow first")
        List<FollowedPractice> practices,
    @Schema(description = "Followed themes, oldest follow first") List<FollowedTheme> themes) {

  @Schema(name = "FollowedPractice")
  public record FollowedPractice(UUID practiceId, Instant followedAt) {}

  @Schema(name = "FollowedTheme")
  public record FollowedTheme(Theme theme, Instant followedAt) {}

  static MyFollowsView of(Following.MyFollows follows) {
    return new MyFollowsView(
        follows.practices().stream()
            .map(f -> new FollowedPractice(f.practiceId(), f.followedAt()))
            .toList(),
        follows.themes().stream().map(f -> new FollowedTheme(f.theme(), f.followedAt())).toList());
  }
}
