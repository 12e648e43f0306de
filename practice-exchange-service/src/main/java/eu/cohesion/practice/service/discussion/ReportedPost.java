package eu.cohesion.practice.service.discussion;

import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.ModerationRecord;
import eu.cohesion.practice.domain.discussion.PostReport;
import java.util.List;

/** An entry of the moderation queue: the post, its reports and its moderation so far. */
public record ReportedPost(
    DiscussionPost post, List<PostReport> reports, List<ModerationRecord> moderation) {}
