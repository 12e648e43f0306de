import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth's country borders at 1:110m, bundled with the app: no tile server, no request
// to anyone else's server; the map draws offline.
import countries110m from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 600;
const PADDING = 70;

/** Europe as the map shows it when no town has coordinates: Lisbon to Helsinki, Malta to Oslo. */
const EUROPE: [number, number][] = [
  [-10, 36],
  [30, 36],
  [-10, 62],
  [30, 62],
];

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const borders = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

/**
 * A Lambert azimuthal equal-area projection centred on Europe (as the EU's own maps, ETRS89-LAEA)
 * fitted to the towns with a margin, so a network of any extent fills the map.
 */
export function projectionFor(points: readonly [number, number][]): GeoProjection {
  const fit: MultiPoint = { type: 'MultiPoint', coordinates: points.length >= 2 ? [...points] : EUROPE };
  return geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      fit,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/** The SVG path of every country the projection shows. */
export function countryPaths(projection: GeoProjection): { id: string; d: string }[] {
  const path = geoPath(projection);
  return borders.features
    .map((country, i) => ({ id: String(country.id ?? i), d: path(country) ?? '' }))
    .filter((p) => p.d !== '');
}
