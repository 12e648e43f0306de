import { expect, test } from '@playwright/test';
// The platform's own helpers: Keycloak's dev-only password client and JSON calls to the APIs.
import { PRACTICE_API, api, tokenFor } from '../../scripts/platform.mjs';
import { dismissToasts, expectAccessible, logIn } from './support';

// A Tartu panel member follows Mechelen's published welcome-desk practice on its page; Mechelen's
// coordinator revises it (through the API, as the edit page does); the member finds the
// notification under the bell and opens the practice from it. axe-core checks every state visited.

test.describe.configure({ mode: 'serial' });

const MEMBER = 'member-tartu-2';
const TITLE = 'Welcome desk run by newcomers and long-time residents';
const TEXT_FIELDS = ['title', 'summary', 'context', 'approach', 'results', 'resources', 'transferability', 'lessons'];

async function welcomeDesk(): Promise<string> {
  const published = await api('GET', `${PRACTICE_API}/practices?status=PUBLISHED&size=100`);
  const practice = published.items.find((p: { title: string }) => p.title === TITLE);
  expect(practice, 'the demo practice of Mechelen').toBeDefined();
  return practice.id as string;
}

async function reviseAsTheTown(id: string, project: string) {
  const token = await tokenFor('coordinator-mechelen');
  const practice = await api('GET', `${PRACTICE_API}/practices/${id}`, { token });
  const body = Object.fromEntries(TEXT_FIELDS.map((field) => [field, practice[field]]));
  body.lessons = `${practice.lessons} (E2E ${project} ${Date.now()})`;
  await api('PUT', `${PRACTICE_API}/practices/${id}`, { token, ifMatch: practice.version, body });
}

test('a member follows a practice, its town revises it, the bell leads back to it', async ({ page }, testInfo) => {
  const id = await welcomeDesk();
  // Each project starts from not following (the other project may have followed already).
  await api('DELETE', `${PRACTICE_API}/practices/${id}/follow`, { token: await tokenFor(MEMBER) });

  await logIn(page, MEMBER);
  await dismissToasts(page);
  await page.goto(`/practices/${id}`);
  const toggle = page.getByTestId('follow-practice');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expectAccessible(page, testInfo, 'following: practice not followed');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, testInfo, 'following: practice followed');

  await page.goto('/following');
  await expect(page.getByTestId('followed-practices').getByRole('link', { name: TITLE })).toBeVisible();
  await expectAccessible(page, testInfo, 'following: what I follow');

  await reviseAsTheTown(id, testInfo.project.name);

  const bell = page.getByTestId('notification-bell');
  const entry = page.locator(`[data-testid="bell-notification"][href="/practices/${id}"]`).first();
  await expect(async () => {
    await page.reload();
    await bell.click();
    await expect(entry).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expectAccessible(page, testInfo, 'following: bell with a practice notification');
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/practices/${id}$`));
  await expect(page.getByTestId('practice-detail')).toBeVisible();
});
