import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PillarBalance } from '../../api/types';
import { formatPercent } from '../../lib/percent';

const TRACK = 'var(--mantine-color-gray-2)';
const BAND = 'var(--mantine-color-teal-2)';
const WITHIN = 'var(--mantine-color-teal-8)';
const OUTSIDE = 'var(--mantine-color-orange-8)';

/**
 * Each pillar's share of the seats as a bar over its allowed band (plain CSS, no chart library).
 * Hidden from assistive technology: the table beside it says the same in words and numbers.
 */
export function PillarChart({ pillars }: { pillars: PillarBalance[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-hidden="true" data-testid="balance-chart">
      {pillars.map((p) => {
        const within = p.sharePercent >= p.minPercent && p.sharePercent <= p.maxPercent;
        return (
          <Stack key={p.pillar} gap={2}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={500}>
                {t(`balance.pillars.${p.pillar}`)}
              </Text>
              <Text size="sm">{formatPercent(p.sharePercent)}</Text>
            </Group>
            <Box pos="relative" h={16} style={{ background: TRACK, borderRadius: 4, overflow: 'hidden' }}>
              <Box
                pos="absolute"
                top={0}
                bottom={0}
                style={{ left: `${p.minPercent}%`, width: `${p.maxPercent - p.minPercent}%`, background: BAND }}
              />
              <Box
                pos="absolute"
                top={4}
                bottom={4}
                left={0}
                style={{
                  width: `${Math.min(100, p.sharePercent)}%`,
                  background: within ? WITHIN : OUTSIDE,
                  borderRadius: 2,
                }}
              />
            </Box>
          </Stack>
        );
      })}
      <Text size="xs" c="dimmed">
        {t('balance.chart.legendBand')} · {t('balance.chart.legendShare')}
      </Text>
    </Stack>
  );
}
