import { describe, expect, it } from 'vitest';
import { countryPaths, MAP_HEIGHT, MAP_WIDTH, projectionFor } from './mapGeometry';

const TOWNS: [number, number][] = [
  [4.47762, 51.02574], // Mechelen
  [26.72903, 58.37798], // Tartu
  [20.08222, 41.1125], // Elbasan
  [8.45275, 55.47028], // Esbjerg
];

describe('the offline map', () => {
  it('places every town inside the map, with a margin', () => {
    const projection = projectionFor(TOWNS);
    for (const town of TOWNS) {
      const [x, y] = projection(town)!;
      expect(x).toBeGreaterThanOrEqual(50);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH - 50);
      expect(y).toBeGreaterThanOrEqual(50);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT - 50);
    }
    // North is up: Tartu is above Elbasan, Mechelen west of Tartu.
    expect(projection(TOWNS[1])![1]).toBeLessThan(projection(TOWNS[2])![1]);
    expect(projection(TOWNS[0])![0]).toBeLessThan(projection(TOWNS[1])![0]);
  });

  it('draws the countries from the bundled borders, only those in view', () => {
    const paths = countryPaths(projectionFor(TOWNS));
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.length).toBeLessThan(177);
    expect(paths.every((p) => p.d.startsWith('M'))).toBe(true);
  });

  it('shows Europe when fewer than two towns have coordinates', () => {
    const projection = projectionFor([]);
    const [x, y] = projection([10, 50])!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(MAP_WIDTH);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(MAP_HEIGHT);
  });
});
