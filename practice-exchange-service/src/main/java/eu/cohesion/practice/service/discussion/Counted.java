package eu.cohesion.practice.service.discussion;

import eu.cohesion.practice.domain.discussion.DiscussionPost;

/** A question in a list, with how many replies it has. */
public record Counted(DiscussionPost post, long replies) {}
