package eu.cohesion.practice.service.discussion;

import eu.cohesion.practice.domain.discussion.DiscussionPost;
import java.util.List;

/** A question or comment with its replies, oldest first. */
public record Conversation(DiscussionPost post, List<DiscussionPost> replies) {}
