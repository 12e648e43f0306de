import { describe, expect, it } from 'vitest';
import { composition, initiatives, practiceTowns, transfers } from './fixtures';
import { flowMatrix, flows, totalPractices, townFigures } from './portalData';

describe('townFigures', () => {
  it('joins the three sources by town and lists every town of the network', () => {
    const towns = townFigures(composition, initiatives, practiceTowns);
    expect(towns.map((t) => t.code)).toEqual(['celje', 'mechelen', 'tartu']);
    const mechelen = towns[1];
    expect(mechelen.coordinates).toEqual([4.47762, 51.02574]);
    expect(mechelen.panel?.score).toBe(100);
    expect(mechelen.initiatives?.active).toBe(3);
    expect(mechelen.practices).toBe(3);
  });

  it('gives a town without initiatives or practices zeros, and leaves figures not loaded yet null', () => {
    const [celje] = townFigures(composition, initiatives, practiceTowns);
    expect(celje.panel).toBeNull();
    expect(celje.initiatives?.total).toBe(0);
    expect(celje.initiatives?.byStatus.every((s) => s.count === 0)).toBe(true);
    expect(celje.practices).toBe(0);

    const [loading] = townFigures(composition, undefined, undefined);
    expect(loading.initiatives).toBeNull();
    expect(loading.practices).toBeNull();
  });

  it('has no coordinates for a town whose profile lacks them', () => {
    const withoutCoordinates = {
      ...composition,
      cities: [{ ...composition.cities[0], latitude: null, longitude: null }],
    };
    expect(townFigures(withoutCoordinates, undefined, undefined)[0].coordinates).toBeNull();
  });
});

describe('flows', () => {
  it('counts transfers per pair of towns, biggest first, and leaves unknown towns out', () => {
    expect(flows(transfers, ['celje', 'mechelen', 'tartu'])).toEqual([
      { source: 'mechelen', target: 'tartu', count: 2, transferred: 1 },
      { source: 'tartu', target: 'celje', count: 1, transferred: 0 },
    ]);
  });

  it('makes a directed matrix, rows the practices’ towns', () => {
    const codes = ['celje', 'mechelen', 'tartu'];
    expect(flowMatrix(flows(transfers, codes), codes)).toEqual([
      [0, 0, 0],
      [0, 0, 2],
      [1, 0, 0],
    ]);
  });

  it('sums the published practices', () => {
    expect(totalPractices(practiceTowns)).toBe(5);
    expect(totalPractices([])).toBe(0);
  });
});
