import { Alert, Stack } from '@mantine/core';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { townPath } from '../../lib/crumbs';
import { useSession } from '../../lib/session';

/** "My town": the user's own town's dashboard; a network admin without a town chooses one. */
export function MyTownRedirect() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user?.city) return <Navigate to={townPath(user.city)} replace />;
  if (user?.isAdmin) return <Navigate to="/towns" replace />;
  return (
    <Stack>
      <PageHeader title={t('myTown.title')} />
      <Alert color="blue" data-testid="no-town">
        {t('myTown.noTown')}
      </Alert>
    </Stack>
  );
}
