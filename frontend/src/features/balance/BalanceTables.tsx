import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupBalance, PillarBalance } from '../../api/types';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatNumber } from '../../lib/format';
import { formatPercent } from '../../lib/percent';

/** The chart's table alternative: each pillar's seats, share and allowed band in words. */
export function PillarTable({ pillars }: { pillars: PillarBalance[] }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t('balance.pillarTable.caption')}>
      <Table miw={480} data-testid="balance-pillar-table">
        <Table.Caption>{t('balance.pillarTable.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('balance.pillarTable.pillar')}</Table.Th>
            <Table.Th scope="col">{t('balance.pillarTable.count')}</Table.Th>
            <Table.Th scope="col">{t('balance.pillarTable.share')}</Table.Th>
            <Table.Th scope="col">{t('balance.pillarTable.band')}</Table.Th>
            <Table.Th scope="col">{t('balance.pillarTable.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pillars.map((p) => (
            <Table.Tr key={p.pillar}>
              <Table.Th scope="row">{t(`balance.pillars.${p.pillar}`)}</Table.Th>
              <Table.Td>{formatNumber(p.count)}</Table.Td>
              <Table.Td>{formatPercent(p.sharePercent)}</Table.Td>
              <Table.Td>{`${formatPercent(p.minPercent)}–${formatPercent(p.maxPercent)}`}</Table.Td>
              <Table.Td>
                {p.sharePercent < p.minPercent
                  ? t('balance.pillarTable.below')
                  : p.sharePercent > p.maxPercent
                    ? t('balance.pillarTable.above')
                    : t('balance.pillarTable.within')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** Consenting members per population group; counts below 5 only for those who may see them. */
export function GroupTable({ groups }: { groups: GroupBalance[] }) {
  const { t } = useTranslation();
  return (
    <>
      <ScrollRegion label={t('balance.groupTable.caption')}>
        <Table miw={480} data-testid="balance-group-table">
          <Table.Caption>{t('balance.groupTable.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('balance.groupTable.group')}</Table.Th>
              <Table.Th scope="col">{t('balance.groupTable.count')}</Table.Th>
              <Table.Th scope="col">{t('balance.groupTable.share')}</Table.Th>
              <Table.Th scope="col">{t('balance.groupTable.baseline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.group} data-testid={`balance-group-${g.group}`}>
                <Table.Th scope="row">{t(`balance.groups.${g.group}`)}</Table.Th>
                <Table.Td>{g.count !== null ? formatNumber(g.count) : t('balance.groupTable.fewerThanFive')}</Table.Td>
                <Table.Td>
                  {g.sharePercent !== null ? formatPercent(g.sharePercent) : t('balance.groupTable.notKnown')}
                </Table.Td>
                <Table.Td>
                  {g.baselinePercent !== null ? formatPercent(g.baselinePercent) : t('balance.groupTable.notKnown')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Text size="sm" c="dimmed">
        {t('balance.groupTable.privacy')}
      </Text>
    </>
  );
}
