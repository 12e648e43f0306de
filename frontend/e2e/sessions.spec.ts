import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
// The platform's own helpers: Keycloak's dev-only password client and JSON calls to the APIs.
import { PANEL_API, api, tokenFor } from '../../scripts/platform.mjs';
import { dismissToasts, expectAccessible, logIn } from './support';

// A Mechelen coordinator records a session's attendance and holds it (the session is planned
// through the API here: the panel page that carries "Plan a session" is composed elsewhere), and a
// signed-in member downloads their own data. axe-core checks every page state visited.

test.describe.configure({ mode: 'serial' });

test('a coordinator records attendance and holds a planned session', async ({ page }, testInfo) => {
  const token = await tokenFor('coordinator-mechelen');
  const panels = await api('GET', `${PANEL_API}/panels?city=mechelen&size=100`, { token });
  const panel = panels.items.find((p: { composition: { members: number } }) => p.composition.members >= 3);
  expect(panel, 'the demo panel of Mechelen with members').toBeDefined();
  const session = await api('POST', `${PANEL_API}/panels/${panel.id}/sessions`, {
    token,
    body: {
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      place: `E2E room ${testInfo.project.name}`,
      agenda: ['Welcome', 'Budget'],
    },
  });

  await page.goto('/');
  await logIn(page, 'coordinator-mechelen');
  await page.goto(`/panels/${panel.id}/sessions/${session.id}`);
  await expect(page.getByTestId('session-status')).toHaveText(/Planned|Geplant/);
  await expect(page.getByTestId('hold-session')).toBeDisabled();
  await expect(page.getByTestId('attendance-row').first()).toBeVisible();
  await expectAccessible(page, testInfo, 'session: planned, attendance not recorded');

  const rows = page.getByTestId('attendance-row');
  const count = await rows.count();
  for (let i = 0; i < Math.floor(count / 2) + 1; i++) {
    await rows.nth(i).getByTestId('presence-present').check();
  }
  await dismissToasts(page);
  await page.getByTestId('save-attendance').click();
  await expect(page.getByTestId('quorum-badge').first()).toHaveText(/Quorum met|Beschlussfähig/);
  await expectAccessible(page, testInfo, 'session: attendance recorded');

  await dismissToasts(page);
  await page.getByTestId('hold-session').click();
  await expect(page.getByTestId('session-status')).toHaveText(/Held|Abgehalten/);
  await expect(page.getByTestId('hold-session')).toHaveCount(0);
  await expect(page.getByTestId('save-attendance')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'session: held');
});

test('a signed-in member downloads their data from the user menu', async ({ page }, testInfo) => {
  await page.goto('/');
  await logIn(page, 'member-mechelen');
  await dismissToasts(page);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('my-data-link').click();
  await expect(page.getByTestId('my-data-page')).toBeVisible();
  await expectAccessible(page, testInfo, 'my data');
  const download = page.waitForEvent('download');
  await page.getByTestId('download-my-data').click();
  const file = await (await download).path();
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(data.panelService.service).toBe('panel-service');
  expect(Object.keys(data.panelService.sections)).toEqual(
    expect.arrayContaining(['personalDataAudit', 'sessionAttendance']),
  );
  expect(data.initiativeService.subject).toBe(data.panelService.keycloakUserId);
});
