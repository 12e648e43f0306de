import { Alert, Divider, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useAsync } from '../../shared/useAsync';
import { canManageTown } from '../auth/token';
import { useSession } from '../auth/session';
import { InitiativesSection } from '../initiatives/InitiativesSection';
import { listPanels } from '../panels/api';
import { PanelsSection } from '../panels/PanelsSection';
import { cityName, useCities } from '../panels/useCities';
import { DraftPracticesSection } from '../practices/DraftPracticesSection';

/**
 * "My town": the panels, initiatives and drafted practices of the user's town (`city` claim).
 * A network admin picks the town (kept in ?city=).
 */
export function MyTownPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { panel } = useApi();
  const cities = useCities();
  const [params, setParams] = useSearchParams();
  const isAdmin = user?.isAdmin ?? false;
  const city = isAdmin ? (params.get('city') ?? user?.city ?? '') : (user?.city ?? '');
  const canManage = canManageTown(user, city);
  // every panel of the town, for the initiative form's panel select and the initiative list
  const panels = useAsync(() => (city ? listPanels(panel, { city, page: 0, size: 100 }) : Promise.resolve(undefined)), [panel, city]);

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{city ? t('myTown.titleWithTown', { town: cityName(cities.data, city) }) : t('myTown.title')}</Title>
          {user && (
            <Text size="sm" c="dimmed">
              {canManage ? t('myTown.canManage') : t('myTown.readOnly')}
            </Text>
          )}
        </Stack>
        {isAdmin && (
          <NativeSelect
            label={t('myTown.townSelector')}
            value={city}
            onChange={(e) => setParams(e.currentTarget.value ? { city: e.currentTarget.value } : {})}
            data={[{ value: '', label: t('myTown.chooseTown') }, ...(cities.data ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.countryName})` }))]}
            miw={260}
            data-testid="town-selector"
          />
        )}
      </Group>
      {!city && (
        <Alert color="blue" data-testid="no-town">
          {isAdmin ? t('myTown.adminChoose') : t('myTown.noTown')}
        </Alert>
      )}
      {city && (
        <>
          <PanelsSection key={`panels-${city}`} city={city} canManage={canManage} onChanged={panels.reload} />
          <Divider />
          <InitiativesSection key={`initiatives-${city}`} city={city} canManage={canManage} panels={panels.data?.items} />
          {canManage && (
            <>
              <Divider />
              <DraftPracticesSection key={`drafts-${city}`} city={city} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
