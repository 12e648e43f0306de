import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion';
import type { CsvIssue } from './api';

/** The per-line report of a rejected file: which line and column, and why. */
export function CsvIssues({ issues }: { issues: CsvIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <ScrollRegion label={t('sortition.issues.label')}>
      <Table data-testid="csv-issues" striped>
        <Table.Caption>{t('sortition.issues.caption', { count: issues.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sortition.issues.line')}</Table.Th>
            <Table.Th scope="col">{t('sortition.issues.column')}</Table.Th>
            <Table.Th scope="col">{t('sortition.issues.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => (
            <Table.Tr key={`${issue.line}-${issue.column ?? ''}-${i}`}>
              <Table.Td>{issue.line === 0 ? t('sortition.issues.wholeFile') : issue.line}</Table.Td>
              <Table.Td>{issue.column ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`sortition.issues.codes.${issue.code}`, { defaultValue: issue.message })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
