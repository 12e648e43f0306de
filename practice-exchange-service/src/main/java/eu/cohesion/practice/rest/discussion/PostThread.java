package eu.cohesion.practice.rest.discussion;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.service.discussion.Conversation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostThread", description = "A question or comment with its replies, oldest first")
public record PostThread(PostView post, List<PostView> replies) {

  static PostThread of(Conversation thread, Actor actor) {
    return new PostThread(
        PostView.of(thread.post(), actor, null),
        thread.replies().stream()
            .map(reply -> PostView.of(reply, actor, thread.post().answerId()))
            .toList());
  }
}
