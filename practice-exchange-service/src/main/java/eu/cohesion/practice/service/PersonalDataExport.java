package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OWN_DATA;

import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.kit.audit.AdministrativeChange;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostReport;
import eu.cohesion.practice.service.discussion.DiscussionExport;
import eu.cohesion.practice.service.follow.FollowRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What practice-exchange-service holds about the caller (GDPR Art. 15 and 20), under their Keycloak
 * id: their posts and reports (the discussion's part), the transfers they registered, what they
 * follow and the audit's record of their administrative changes. The counterpart of {@link
 * PersonalDataErasure}.
 */
@ApplicationScoped
public class PersonalDataExport {

  /** Enough for any person's export; {@code GET /admin-audit} pages through the rest. */
  private static final int AUDIT_EXPORT_LIMIT = 10_000;

  private final DiscussionExport discussion;
  private final TransferRepository transfers;
  private final FollowRepository follows;
  private final AdminAudit audit;
  private final Clock clock;

  PersonalDataExport(
      DiscussionExport discussion,
      TransferRepository transfers,
      FollowRepository follows,
      AdminAudit audit,
      Clock clock) {
    this.discussion = discussion;
    this.transfers = transfers;
    this.follows = follows;
    this.audit = audit;
    this.clock = clock;
  }

  /** The caller's own data, as stored (a hidden post with its text: it is theirs). */
  public record OwnData(
      String subject,
      Instant exportedAt,
      List<DiscussionPost> posts,
      List<PostReport> reports,
      List<Transfer> transfers,
      List<FollowRepository.Follow> followedPractices,
      List<FollowRepository.Follow> followedThemes,
      List<AdministrativeChange> administrativeChanges) {}

  public OwnData of(Actor actor) {
    PracticePermissions.TABLE.require(
        EXPORT_OWN_DATA, actor, actor.city(), "you may not export personal data");
    DiscussionExport.OwnPosts own = discussion.of(actor.subject());
    return new OwnData(
        actor.subject(),
        clock.instant(),
        own.posts(),
        own.reports(),
        transfers.authoredBy(actor.subject()),
        follows.practicesOf(actor.subject()),
        follows.themesOf(actor.subject()),
        audit.changesBy(actor.subject(), AUDIT_EXPORT_LIMIT));
  }
}
