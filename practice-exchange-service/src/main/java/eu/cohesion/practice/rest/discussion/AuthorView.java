package eu.cohesion.practice.rest.discussion;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.discussion.AuthorRole;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PostAuthor",
    description = "Who wrote a post, without a name: capacity and town; erased after erasure")
public record AuthorView(
    AuthorRole role,
    @Schema(nullable = true, description = "The author's town, null for none or when erased")
        String city,
    @Schema(description = "The author's personal data was erased") boolean erased,
    @Schema(description = "The caller wrote it") boolean you) {

  static AuthorView of(DiscussionPost post, Actor actor) {
    return new AuthorView(
        post.authorRole(),
        post.isErased() ? null : post.authorCity(),
        post.isErased(),
        post.writtenBy(actor.subject()));
  }
}
