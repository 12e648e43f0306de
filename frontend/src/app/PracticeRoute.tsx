import { DiscussionSection } from '../features/discussion/DiscussionSection';
import { FollowToggle } from '../features/following/FollowToggle';
import { PracticeDetailPage } from '../features/practices/PracticeDetailPage';
import { PracticeEvidence } from '../features/reviews/PracticeEvidence';
import { PracticeTransfers } from '../features/transfers/PracticeTransfers';
import { RevisionHistory } from '../features/validation/RevisionHistory';
import { ValidationPanel } from '../features/validation/ValidationPanel';

/**
 * The practice page as the app composes it: following it, the practice's text, the evidence of its review, its
 * validation by the network, where it travelled (transfers), its revision history and, once published,
 * its questions and comments.
 */
export function PracticeRoute() {
  return (
    <PracticeDetailPage
      sections={(practice) => (
        <>
          <FollowToggle practice={practice} />
          <PracticeEvidence practice={practice} />
          <ValidationPanel practice={practice} />
          <PracticeTransfers practice={practice} />
          <RevisionHistory practice={practice} />
          <DiscussionSection practice={practice} />
        </>
      )}
    />
  );
}
