import type { PracticeTownRow, TransferRow } from '../../api/portal';
import type { InitiativeStatistics, NetworkComposition } from '../../api/types';

const pillars = (counts: (number | null)[]) =>
  (['CITIZENS', 'CIVIL_SOCIETY', 'EXPERTISE', 'PUBLIC_AUTHORITY'] as const).map((pillar, i) => ({
    pillar,
    count: counts[i],
    suppressed: counts[i] === null,
  }));

/** Mechelen with a balanced ACTIVE panel, Tartu with gaps, Celje without an ACTIVE panel. */
export const composition: NetworkComposition = {
  towns: 3,
  panels: 4,
  activePanels: 2,
  panelsByStatus: [
    { status: 'FORMING', count: 1 },
    { status: 'ACTIVE', count: 2 },
    { status: 'CLOSED', count: 1 },
  ],
  members: { count: 30, suppressed: false },
  pillars: pillars([9, 8, 6, 7]),
  cities: [
    {
      city: 'celje',
      name: 'Celje',
      countryCode: 'SI',
      latitude: 46.2309,
      longitude: 15.2604,
      activePanel: null,
    },
    {
      city: 'mechelen',
      name: 'Mechelen',
      countryCode: 'BE',
      latitude: 51.02574,
      longitude: 4.47762,
      activePanel: {
        panelId: '11111111-1111-1111-1111-111111111111',
        name: 'Mechelen LPS',
        seats: { count: 18, suppressed: false },
        pillars: pillars([5, 5, null, 5]),
        score: 100,
        state: 'BALANCED',
        gaps: 0,
      },
    },
    {
      city: 'tartu',
      name: 'Tartu',
      countryCode: 'EE',
      latitude: 58.37798,
      longitude: 26.72903,
      activePanel: {
        panelId: '22222222-2222-2222-2222-222222222222',
        name: 'Tartu LPS',
        seats: { count: 12, suppressed: false },
        pillars: pillars([null, null, null, null]),
        score: 71,
        state: 'GAPS',
        gaps: 2,
      },
    },
  ],
};

const statuses = (n: number[]) =>
  (['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW', 'CONCLUDED', 'WITHDRAWN'] as const).map((status, i) => ({
    status,
    count: n[i],
  }));
const themes = (housing: number) =>
  (
    [
      'LANGUAGE_AND_EDUCATION',
      'EMPLOYMENT',
      'HOUSING',
      'HEALTH',
      'CULTURE_AND_SPORT',
      'CIVIC_PARTICIPATION',
      'ANTI_DISCRIMINATION',
      'PUBLIC_SPACE',
      'DIGITAL_INCLUSION',
    ] as const
  ).map((theme) => ({ theme, count: theme === 'HOUSING' ? housing : 0 }));

export const initiatives: InitiativeStatistics = {
  network: { total: 7, active: 4, byStatus: statuses([1, 2, 1, 1, 1, 1]), byTheme: themes(3) },
  cities: [
    { city: 'mechelen', counts: { total: 4, active: 3, byStatus: statuses([0, 1, 1, 1, 1, 0]), byTheme: themes(2) } },
    { city: 'tartu', counts: { total: 3, active: 1, byStatus: statuses([1, 1, 0, 0, 0, 1]), byTheme: themes(1) } },
  ],
};

export const practiceTowns: PracticeTownRow[] = [
  { town: 'mechelen', published_practices: 3, latest_publication: '2026-11-02T10:00:00Z' },
  { town: 'tartu', published_practices: 2, latest_publication: '2026-11-03T10:00:00Z' },
];

const transfer = (id: string, source: string, target: string, state: TransferRow['state']): TransferRow => ({
  id,
  practice_id: `p-${id}`,
  source_town: source,
  adopting_town: target,
  state,
  registered_at: '2026-11-04T10:00:00Z',
  updated_at: '2026-11-05T10:00:00Z',
});

export const transfers: TransferRow[] = [
  transfer('1', 'mechelen', 'tartu', 'TRANSFERRED'),
  transfer('2', 'mechelen', 'tartu', 'INTERESTED'),
  transfer('3', 'tartu', 'celje', 'ADAPTING'),
  transfer('4', 'atlantis', 'tartu', 'ADAPTING'),
];
