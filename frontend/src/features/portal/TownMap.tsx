import { Anchor, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryPaths, MAP_HEIGHT, MAP_WIDTH, projectionFor } from './mapGeometry';
import type { TownFigures } from './portalData';
import { TownFacts, townSummary } from './TownFacts';

const MARKER_COLOUR = { BALANCED: 'var(--mantine-color-teal-8)', GAPS: 'var(--mantine-color-orange-8)' };

/**
 * The partner towns on a map of Europe drawn from bundled country borders. Each town is a button
 * at its coordinates that opens its figures; the drawing itself is decoration (aria-hidden), the
 * buttons and the table beside the map carry the content.
 */
export function TownMap({ towns }: { towns: TownFigures[] }) {
  const { t } = useTranslation();
  const placed = towns.filter((town) => town.coordinates !== null);
  const key = placed.map((town) => town.coordinates!.join(',')).join(';');
  const { projection, paths } = useMemo(() => {
    const projection = projectionFor(placed.map((town) => town.coordinates!));
    return { projection, paths: countryPaths(projection) };
    // The projection depends only on the coordinates, not on the figures.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <div
      data-testid="town-map"
      style={{ position: 'relative', width: '100%', aspectRatio: `${MAP_WIDTH} / ${MAP_HEIGHT}`, maxWidth: 900 }}
    >
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        height="100%"
        aria-hidden="true"
        focusable="false"
        style={{ display: 'block', background: 'var(--mantine-color-blue-0)', borderRadius: 8 }}
      >
        {paths.map((p) => (
          <path
            key={p.id}
            d={p.d}
            fill="var(--mantine-color-gray-2)"
            stroke="var(--mantine-color-gray-5)"
            strokeWidth={0.6}
          />
        ))}
      </svg>
      <ul aria-label={t('portal.map.markers')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {placed.map((town) => {
          const [x, y] = projection(town.coordinates!) ?? [0, 0];
          const colour = town.panel ? MARKER_COLOUR[town.panel.state] : 'var(--mantine-color-gray-7)';
          return (
            <li
              key={town.code}
              style={{
                position: 'absolute',
                left: `${(100 * x) / MAP_WIDTH}%`,
                top: `${(100 * y) / MAP_HEIGHT}%`,
                transform: 'translate(-50%, -50%)',
              }}
            >
              <Popover width={280} position="top" withArrow shadow="md" trapFocus returnFocus>
                <Popover.Target>
                  <UnstyledButton
                    data-testid={`map-town-${town.code}`}
                    aria-label={townSummary(t, town)}
                    style={{
                      width: 28,
                      height: 28,
                      borderRadius: '50%',
                      display: 'grid',
                      placeItems: 'center',
                    }}
                  >
                    <span
                      aria-hidden="true"
                      style={{
                        width: 16,
                        height: 16,
                        borderRadius: '50%',
                        background: colour,
                        border: '2px solid white',
                        boxShadow: '0 0 0 1px var(--mantine-color-dark-4)',
                      }}
                    />
                  </UnstyledButton>
                </Popover.Target>
                <Popover.Dropdown data-testid={`map-popover-${town.code}`}>
                  <Stack gap={6}>
                    <Text fw={700} component="h3" m={0} fz="md">
                      {town.name}
                    </Text>
                    <TownFacts town={town} />
                    <Anchor component={Link} to={`/practices?city=${encodeURIComponent(town.code)}`} size="sm">
                      {t('portal.town.practicesLink', { town: town.name })}
                    </Anchor>
                  </Stack>
                </Popover.Dropdown>
              </Popover>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
