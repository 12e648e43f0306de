import { TownPracticesPage } from '../features/practices/TownPracticesPage';
import { TownTransfers } from '../features/transfers/TownTransfers';

/**
 * A town's practices page as the app composes it: the practices feature lists its drafts and
 * published practices; the transfers feature adds the town's transfers both ways.
 */
export function TownPracticesRoute() {
  return <TownPracticesPage sections={(city) => <TownTransfers city={city} />} />;
}
