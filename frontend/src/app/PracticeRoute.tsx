import { PracticeDetailPage } from '../features/practices/PracticeDetailPage';
import { PracticeEvidence } from '../features/reviews/PracticeEvidence';

/** The practice page as the app composes it: the practice's text, plus the evidence of its review. */
export function PracticeRoute() {
  return <PracticeDetailPage sections={(practice) => <PracticeEvidence practice={practice} />} />;
}
