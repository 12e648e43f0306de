import { IndicatorsSection } from '../features/indicators/IndicatorsSection';
import { InitiativeDetailPage } from '../features/initiatives/InitiativeDetailPage';
import { ReviewRoundSection } from '../features/reviews/ReviewRoundSection';
import { SurveySection } from '../features/survey/SurveySection';

/**
 * The initiative page as the app composes it: the initiatives feature draws the initiative, its
 * lifecycle and history; the panel's review round, the indicators and the residents' survey add
 * their sections.
 */
export function InitiativeRoute() {
  return (
    <InitiativeDetailPage
      sections={(initiative) => (
        <>
          <ReviewRoundSection initiativeId={initiative.id} />
          <IndicatorsSection initiativeId={initiative.id} />
          <SurveySection initiativeId={initiative.id} city={initiative.city} />
        </>
      )}
    />
  );
}
