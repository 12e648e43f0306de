import type { PracticeTownRow, TransferRow } from '../../api/portal';
import type { InitiativeCounts, InitiativeStatistics, NetworkComposition, TownComposition } from '../../api/types';

/** One partner town with everything the portal shows about it. */
export interface TownFigures {
  code: string;
  name: string;
  countryCode: string;
  /** WGS 84 longitude and latitude; null when the town's profile has no coordinates. */
  coordinates: [number, number] | null;
  panel: TownComposition['activePanel'];
  /** Null while the initiative figures are not (yet) there. */
  initiatives: InitiativeCounts | null;
  /** Null while the practice figures are not there; 0 for a town without a published practice. */
  practices: number | null;
}

/**
 * Joins the three services' public figures by town code. Every town of the network is listed
 * (from panel-service), also one without initiatives or practices; a source not loaded yet leaves
 * its figures null rather than 0, so the page never shows a guess as a fact.
 */
export function townFigures(
  composition: NetworkComposition,
  initiatives: InitiativeStatistics | undefined,
  practiceTowns: PracticeTownRow[] | undefined,
): TownFigures[] {
  return composition.cities.map((city) => {
    const counts = initiatives?.cities.find((c) => c.city === city.city)?.counts;
    return {
      code: city.city,
      name: city.name,
      countryCode: city.countryCode,
      coordinates:
        city.latitude == null || city.longitude == null ? null : [Number(city.longitude), Number(city.latitude)],
      panel: city.activePanel,
      initiatives: initiatives ? (counts ?? emptyCounts(initiatives.network)) : null,
      practices: practiceTowns ? (practiceTowns.find((p) => p.town === city.city)?.published_practices ?? 0) : null,
    };
  });
}

/** Counts of a town without any counted initiative: the network's lists, every number 0. */
function emptyCounts(network: InitiativeCounts): InitiativeCounts {
  return {
    total: 0,
    active: 0,
    byStatus: network.byStatus.map((s) => ({ ...s, count: 0 })),
    byTheme: network.byTheme.map((t) => ({ ...t, count: 0 })),
  };
}

/** One flow of practices from a town to another: how many transfers, whatever their state. */
export interface Flow {
  source: string;
  target: string;
  count: number;
  /** How many of them reached TRANSFERRED. */
  transferred: number;
}

/** The transfers between towns as flows, biggest first; towns outside `codes` are left out. */
export function flows(transfers: readonly TransferRow[], codes: readonly string[]): Flow[] {
  const known = new Set(codes);
  const byPair = new Map<string, Flow>();
  for (const t of transfers) {
    if (!known.has(t.source_town) || !known.has(t.adopting_town)) continue;
    const key = `${t.source_town}→${t.adopting_town}`;
    const flow = byPair.get(key) ?? { source: t.source_town, target: t.adopting_town, count: 0, transferred: 0 };
    flow.count += 1;
    if (t.state === 'TRANSFERRED') flow.transferred += 1;
    byPair.set(key, flow);
  }
  return [...byPair.values()].sort(
    (a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
}

/** The flows as a square matrix over `codes` (row: source town, column: adopting town). */
export function flowMatrix(all: readonly Flow[], codes: readonly string[]): number[][] {
  const index = new Map(codes.map((c, i) => [c, i]));
  const matrix = codes.map(() => codes.map(() => 0));
  for (const f of all) {
    const i = index.get(f.source);
    const j = index.get(f.target);
    if (i !== undefined && j !== undefined) matrix[i][j] += f.count;
  }
  return matrix;
}

/** Practices published in the network: the sum of the towns' published practices. */
export function totalPractices(practiceTowns: readonly PracticeTownRow[]): number {
  return practiceTowns.reduce((sum, t) => sum + t.published_practices, 0);
}
