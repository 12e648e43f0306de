import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion';
import { WithTable } from './WithTable';

export interface Bar {
  key: string;
  label: string;
  /** null when the count is withheld (fewer than 5). */
  value: number | null;
}

/** Horizontal bars of counts with the same figures as a table; withheld counts say so. */
export function BarChart({
  bars,
  caption,
  labelHeader,
  valueHeader,
  testId,
}: {
  bars: Bar[];
  caption: string;
  labelHeader: string;
  valueHeader: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const shown = (b: Bar) => (b.value === null ? t('portal.fewerThanFive') : String(b.value));
  const chart = (
    <Stack gap={8}>
      {bars.map((b) => (
        <div key={b.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{b.label}</Text>
            <Text size="sm" fw={600}>
              {shown(b)}
            </Text>
          </Group>
          <div style={{ height: 10, background: 'var(--mantine-color-gray-2)', borderRadius: 5 }}>
            <div
              style={{
                height: 10,
                width: `${(100 * (b.value ?? 0)) / max}%`,
                background: 'var(--mantine-color-blue-7)',
                borderRadius: 5,
              }}
            />
          </div>
        </div>
      ))}
    </Stack>
  );
  const table = (
    <ScrollRegion label={caption}>
      <Table data-testid={`${testId}-table`}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{labelHeader}</Table.Th>
            <Table.Th scope="col">{valueHeader}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bars.map((b) => (
            <Table.Tr key={b.key}>
              <Table.Th scope="row" fw={400}>
                {b.label}
              </Table.Th>
              <Table.Td>{shown(b)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
  return <WithTable chart={chart} table={table} testId={testId} />;
}
