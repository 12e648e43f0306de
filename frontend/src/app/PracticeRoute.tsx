import { DiscussionSection } from '../features/discussion/DiscussionSection';
import { PracticeDetailPage } from '../features/practices/PracticeDetailPage';
import { PracticeEvidence } from '../features/reviews/PracticeEvidence';
import { RevisionHistory } from '../features/validation/RevisionHistory';
import { ValidationPanel } from '../features/validation/ValidationPanel';

/**
 * The practice page as the app composes it: the practice's text, the evidence of its review, its
 * validation by the network, its revision history and, once published, its questions and comments.
 */
export function PracticeRoute() {
  return (
    <PracticeDetailPage
      sections={(practice) => (
        <>
          <PracticeEvidence practice={practice} />
          <ValidationPanel practice={practice} />
          <RevisionHistory practice={practice} />
          <DiscussionSection practice={practice} />
        </>
      )}
    />
  );
}
