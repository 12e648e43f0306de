import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BalanceSection } from '../features/balance/BalanceSection';
import { PanelPage } from '../features/panels/PanelPage';
import type { Member, PanelDetail } from '../features/panels/panelApi';
import { MemberAccountControls } from '../features/memberAccount/MemberAccountControls';
import { EraseMemberButton } from '../features/privacy/EraseMemberButton';
import { SessionsSection } from '../features/sessions/SessionsSection';
import { allowedActions } from '../lib/permissions';

/**
 * The panel page as the app composes it: the panels feature draws the panel and its members; the
 * balance, sessions, sortition and privacy features add their parts, each shown only when the
 * panel's allowedActions say the caller may use it.
 */
export function PanelRoute() {
  return <PanelPage sections={(panel) => <PanelSections panel={panel} />} memberExtras={memberExtras} />;
}

function PanelSections({ panel }: { panel: PanelDetail }) {
  const { t } = useTranslation();
  const can = allowedActions(panel);
  return (
    <>
      <BalanceSection panelId={panel.id} />
      {can.has('VIEW_SESSIONS') && <SessionsSection panelId={panel.id} />}
      {(can.has('VIEW_POOL') || can.has('VIEW_PERSONAL_DATA_AUDIT')) && (
        <Group gap="lg" data-testid="panel-links">
          {can.has('VIEW_POOL') && (
            <Anchor component={Link} to={`/panels/${panel.id}/draw`} data-testid="draw-link">
              {t('panelPage.drawLink')}
            </Anchor>
          )}
          {can.has('VIEW_PERSONAL_DATA_AUDIT') && (
            <Anchor component={Link} to={`/panels/${panel.id}/personal-data-audit`} data-testid="audit-link">
              {t('privacy.audit.title')}
            </Anchor>
          )}
        </Group>
      )}
    </>
  );
}

function memberExtras(panel: PanelDetail, member: Member) {
  return (
    <>
      <MemberAccountControls panelId={panel.id} member={member} />
      <EraseMemberButton
        panelId={panel.id}
        memberId={member.id}
        allowed={allowedActions(member).has('ERASE_MEMBER')}
        memberName={member.displayName}
      />
    </>
  );
}
