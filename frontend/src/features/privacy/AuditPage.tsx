import { useState } from 'react';
import { Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelQuery } from '../../api/panels';
import { auditQuery } from '../../api/privacy';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDateTime } from '../../lib/format';

/** Who viewed or changed personal data of a panel's members, newest first (ids only). */
export function AuditPage() {
  const { panelId = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const [page, setPage] = useState(0);
  const panel = useQuery(panelQuery(api.panel, panelId));
  const audit = useQuery(auditQuery(api.panel, panelId, page));

  return (
    <Stack gap="lg" data-testid="audit-page">
      <PageHeader
        title={t('privacy.audit.title')}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={[panel.data?.name, t('privacy.audit.lead')].filter(Boolean).join(' · ')}
      />
      <PagedList
        query={audit}
        empty={{ title: t('privacy.audit.empty') }}
        onPage={setPage}
        pagingLabel={t('privacy.audit.paging')}
      >
        {(items) => (
          <ScrollRegion label={t('privacy.audit.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacy.audit.at')}</Table.Th>
                  <Table.Th>{t('privacy.audit.actor')}</Table.Th>
                  <Table.Th>{t('privacy.audit.access')}</Table.Th>
                  <Table.Th>{t('privacy.audit.subject')}</Table.Th>
                  <Table.Th>{t('privacy.audit.what')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id} data-testid="audit-row">
                    <Table.Td>{formatDateTime(e.at)}</Table.Td>
                    <Table.Td>{e.actorId}</Table.Td>
                    <Table.Td>
                      {e.access === 'CHANGED' ? t('privacy.audit.changed') : t('privacy.audit.viewed')}
                    </Table.Td>
                    <Table.Td>{e.subjectId}</Table.Td>
                    <Table.Td>{e.what}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </PagedList>
    </Stack>
  );
}
