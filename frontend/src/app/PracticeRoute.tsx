import { DiscussionSection } from '../features/discussion/DiscussionSection';
import { FollowToggle } from '../features/following/FollowToggle';
import { PracticeClassification } from '../features/practiceLanguages/PracticeClassification';
import { PracticeReading } from '../features/practiceLanguages/PracticeReading';
import { PracticeTranslations } from '../features/practiceLanguages/PracticeTranslations';
import { PracticeDetailPage } from '../features/practices/PracticeDetailPage';
import { PracticeEvidence } from '../features/reviews/PracticeEvidence';
import { PracticeTransfers } from '../features/transfers/PracticeTransfers';
import { RevisionHistory } from '../features/validation/RevisionHistory';
import { ValidationPanel } from '../features/validation/ValidationPanel';

/**
 * The practice page as the app composes it: following it, the practice's text in the language the
 * reader picks, its classification, the evidence of its review, its validation by the network, where it travelled
 * (transfers), its revision history, its translations (for who may edit it) and, once published, its
 * questions and comments.
 */
export function PracticeRoute() {
  return (
    <PracticeDetailPage
      text={(practice) => <PracticeReading practice={practice} />}
      sections={(practice) => (
        <>
          <FollowToggle practice={practice} />
          <PracticeClassification practice={practice} />
          <PracticeEvidence practice={practice} />
          <ValidationPanel practice={practice} />
          <PracticeTransfers practice={practice} />
          <RevisionHistory practice={practice} />
          <PracticeTranslations practice={practice} />
          <DiscussionSection practice={practice} />
        </>
      )}
    />
  );
}
