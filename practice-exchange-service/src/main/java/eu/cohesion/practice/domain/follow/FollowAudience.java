package eu.cohesion.practice.domain.follow;

import eu.cohesion.practice.domain.discussion.DiscussionPost;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is told about a fact on a practice: its followers, the followers of its themes and, for an
 * answer, the person who asked, each once in the order given, never the person whose act it was and
 * never an erased author.
 */
public final class FollowAudience {

  private FollowAudience() {}

  /**
   * @param actor the token subject of whoever published, revised or marked the answer
   * @param groups the candidates, e.g. practice followers, theme followers, the asker
   */
  @SafeVarargs
  public static List<String> of(String actor, Collection<String>... groups) {
    Set<String> recipients = new LinkedHashSet<>();
    for (Collection<String> group : groups) {
      group.stream().filter(Objects::nonNull).forEach(recipients::add);
    }
    recipients.remove(actor);
    recipients.remove(DiscussionPost.ERASED);
    return List.copyOf(recipients);
  }
}
