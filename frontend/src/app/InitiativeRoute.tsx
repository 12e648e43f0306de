import { InitiativeDetailPage } from '../features/initiatives/InitiativeDetailPage';
import { SurveySection } from '../features/survey/SurveySection';

/** The initiative page as the app composes it: the initiatives feature, plus the residents' survey. */
export function InitiativeRoute() {
  return (
    <InitiativeDetailPage
      sections={(initiative) => <SurveySection initiativeId={initiative.id} city={initiative.city} />}
    />
  );
}
