package eu.cohesion.practice.rest.discussion;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.service.discussion.Counted;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionSummary", description = "A question in a list")
public record QuestionSummary(PostView question, long replyCount) {

  static QuestionSummary of(Counted counted, Actor actor) {
    return new QuestionSummary(PostView.of(counted.post(), actor, null), counted.replies());
  }
}
