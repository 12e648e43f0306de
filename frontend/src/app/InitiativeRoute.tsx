import { InitiativeDetailPage } from '../features/initiatives/InitiativeDetailPage';
import { ReviewRoundSection } from '../features/reviews/ReviewRoundSection';

/** The initiative page as the app composes it: the initiatives feature, plus the panel's review. */
export function InitiativeRoute() {
  return <InitiativeDetailPage sections={(initiative) => <ReviewRoundSection initiativeId={initiative.id} />} />;
}
