import { expect, test } from '@playwright/test';
// The platform's own helpers: Keycloak's dev-only password client and JSON calls to the APIs.
import { INITIATIVE_API, PANEL_API, api, eventually, tokenFor } from '../../scripts/platform.mjs';
import { dismissToasts, expectAccessible, logIn, receivedMail } from './support';

// A Mechelen coordinator opens a review round through the API (the reviews feature's endpoint);
// the round's event reaches the notifications: member-mechelen, an eligible reviewer, sees it under
// the bell, follows it, and the count goes down; the e-mail with the same link arrived in the
// local stack's SMTP server. axe-core checks every state visited.

test.describe.configure({ mode: 'serial' });

const STEPS = ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW'];

async function roundOpenedForMechelen(project: string): Promise<string> {
  const token = await tokenFor('coordinator-mechelen');
  const panels = await api('GET', `${PANEL_API}/panels?city=mechelen&size=100`, { token });
  // The active panel: its member linked to the demo user member-mechelen (scripts/demo/accounts.mjs).
  const panel = panels.items.find((p: { status: string }) => p.status === 'ACTIVE');
  expect(panel, 'the active demo panel of Mechelen').toBeDefined();
  let initiative = await eventually(() =>
    api('POST', `${INITIATIVE_API}/initiatives`, {
      token,
      body: { panelId: panel.id, title: `E2E notifications ${project} ${Date.now()}` },
    }),
  );
  for (const to of STEPS) {
    initiative = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
      token,
      ifMatch: initiative.version,
      body: { to, reason: 'E2E' },
    });
  }
  await api('POST', `${INITIATIVE_API}/review-rounds`, {
    token,
    body: { initiativeId: initiative.id, closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
  });
  return initiative.id as string;
}

test('a reviewer sees the opened round under the bell, follows it and got the e-mail', async ({ page }, testInfo) => {
  const initiativeId = await roundOpenedForMechelen(testInfo.project.name);
  const reviewer = await tokenFor('member-mechelen');
  const before = await eventually(async () => {
    const list = await api('GET', `${INITIATIVE_API}/me/notifications?size=100`, { token: reviewer });
    const mine = list.items.find((n: { link: string }) => n.link === `/initiatives/${initiativeId}`);
    if (!mine) throw new Error('no notification yet');
    return (await api('GET', `${INITIATIVE_API}/me/notifications/unread-count`, { token: reviewer })).unread;
  });

  await logIn(page, 'member-mechelen');
  await dismissToasts(page);
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(new RegExp(`^${before} `));
  await expectAccessible(page, testInfo, 'notifications: bell with unread count');

  await bell.click();
  const entry = page.getByTestId('bell-notification').first();
  await expect(entry).toBeVisible();
  await expectAccessible(page, testInfo, 'notifications: bell popover');
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/initiatives/${initiativeId}$`));
  await expect(bell).toHaveAccessibleName(new RegExp(`^${before - 1} `));

  const link = `/initiatives/${initiativeId}`;
  const mails = await receivedMail('member-mechelen@cohesion.test', (m) => m.text.includes(link));
  expect(mails.some((m) => m.text.includes(`/initiatives/${initiativeId}`))).toBe(true);
});

test('the notifications page and the preferences are usable by keyboard', async ({ page }, testInfo) => {
  await logIn(page, 'member-mechelen');
  await dismissToasts(page);
  await page.goto('/notifications');
  await expect(page.getByTestId('notifications-page')).toBeVisible();
  await expectAccessible(page, testInfo, 'notifications: list');
  if ((await page.getByTestId('mark-all-read').count()) > 0) {
    await page.getByTestId('mark-all-read').click();
    await expect(page.getByTestId('notification-bell')).toHaveAccessibleName(/^0 /);
  }

  await page.goto('/notifications/preferences');
  const digest = page.getByTestId('pref-digest');
  await expect(digest).toBeVisible();
  await expectAccessible(page, testInfo, 'notifications: preferences');
  const wasOn = await digest.isChecked();
  // Toggled and saved by keyboard, then back: a digest left on would hold the next run's (or the
  // other project's) mail for the daily digest, and the first test waits for an immediate mail.
  for (const expected of [!wasOn, wasOn]) {
    await digest.focus();
    await page.keyboard.press('Space');
    await page.getByTestId('pref-save').focus();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/me/notification-preferences') && r.request().method() === 'PUT' && r.ok(),
    );
    await page.keyboard.press('Enter');
    await saved;
    await page.reload();
    await expect(digest).toBeChecked({ checked: expected });
  }
});
