import { IndicatorsSection } from '../features/indicators/IndicatorsSection';
import { InitiativeDetailPage } from '../features/initiatives/InitiativeDetailPage';

/**
 * The initiative page as the app composes it: the initiatives feature draws the initiative, its
 * lifecycle and history; the indicators feature adds its section.
 */
export function InitiativeRoute() {
  return <InitiativeDetailPage sections={(initiative) => <IndicatorsSection initiativeId={initiative.id} />} />;
}
