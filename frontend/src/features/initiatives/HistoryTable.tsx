import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { ScrollRegion } from '../../components/ScrollRegion';
import { statusLabel } from './labels';

/** Who moved the initiative from which status to which, when and why (newest first). */
export function HistoryTable({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('initiatives.history.empty')}
      </Text>
    );
  }
  const rows = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ScrollRegion label={t('initiatives.history.title')}>
      <Table striped miw={600} data-testid="initiative-history" aria-label={t('initiatives.history.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('initiatives.history.when')}</Table.Th>
            <Table.Th>{t('initiatives.history.step')}</Table.Th>
            <Table.Th>{t('initiatives.history.by')}</Table.Th>
            <Table.Th>{t('initiatives.history.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((h, i) => (
            <Table.Tr key={`${h.at}-${i}`}>
              <Table.Td>
                <time dateTime={h.at}>{formatDateTime(h.at)}</time>
              </Table.Td>
              <Table.Td>
                {h.from
                  ? t('initiatives.history.fromTo', { from: statusLabel(t, h.from), to: statusLabel(t, h.to) })
                  : t('initiatives.history.created', { to: statusLabel(t, h.to) })}
              </Table.Td>
              <Table.Td>{h.by}</Table.Td>
              <Table.Td>{h.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
