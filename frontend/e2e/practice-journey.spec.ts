import { expect, type Page, test } from '@playwright/test';

// One town's whole journey through the real platform (./run-platform, real Keycloak login page):
// a panel runs an initiative to an adopted conclusion, the network drafts a good practice from it,
// the coordinator publishes it, the public reads it, and another town's coordinator cannot edit it.

const run = Date.now().toString(36);
const panelName = `E2E panel ${run}`;
const initiativeTitle = `E2E language café ${run}`;
const practiceContext = 'Newcomers had few places to practise the language with residents.';

test.describe.configure({ mode: 'serial' });

async function logIn(page: Page, username: string) {
  await page.goto('/');
  await page.getByTestId('login-button').click();
  // Keycloak's own login page: the SPA never sees the password.
  await expect(page).toHaveURL(/\/realms\/cohesion\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

async function logOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout-button').click();
  await expect(page.getByTestId('login-button')).toBeVisible();
}

async function step(page: Page, to: string, fill?: () => Promise<void>) {
  await page.getByTestId(`transition-${to}`).click();
  await page.getByTestId('transition-reason').fill(`The panel agreed: ${to}`);
  if (fill) await fill();
  await page.getByTestId('transition-submit').click();
  await expect(page.getByTestId('initiative-status').first()).toHaveText(new RegExp(to.replace('_', ' '), 'i'));
}

let practicePath = '';

test('a coordinator takes an initiative to an adopted conclusion and publishes the drafted practice', async ({ page }) => {
  await logIn(page, 'coordinator-mechelen');
  await page.goto('/my-town');

  await page.getByTestId('panel-name').fill(panelName);
  await page.getByTestId('panel-description').fill('Created by the browser test');
  await page.getByTestId('create-panel-submit').click();
  await expect(page.getByTestId('panel-item').filter({ hasText: panelName })).toBeVisible();

  // The initiative service learns about the new panel from panel-events: until it has, the
  // service answers 422 and the form says so; submitting again then succeeds and opens it.
  await expect(async () => {
    await page.getByTestId('initiative-panel').selectOption({ label: panelName });
    await page.getByTestId('initiative-title').fill(initiativeTitle);
    await page.getByTestId('initiative-summary').fill('A weekly café where newcomers and residents talk.');
    await page.getByTestId('create-initiative-submit').click();
    await expect(page).toHaveURL(/\/initiatives\/[0-9a-f-]+$/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId('initiative-status').first()).toHaveText(/draft/i);

  for (const to of ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW']) {
    await step(page, to);
  }
  await step(page, 'CONCLUDED', async () => {
    await page.getByTestId('outcome-select').selectOption('ADOPTED');
    await page.getByTestId('transition-conclusion').fill('Attendance doubled; residents asked to keep it.');
  });
  await expect(page.getByTestId('initiative-history')).toContainText('The panel agreed: CONCLUDED');

  // practice-exchange-service drafts the practice from initiative-events.
  await page.goto('/my-town');
  const draft = page.getByTestId('draft-practices-section').getByTestId('practice-item').filter({ hasText: initiativeTitle });
  await expect(async () => {
    await page.reload();
    await expect(draft).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await draft.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/practices\/[0-9a-f-]+\/edit$/);
  practicePath = new URL(page.url()).pathname.replace(/\/edit$/, '');

  await page.getByTestId('practice-field-context').fill(practiceContext);
  await page.getByTestId('practice-field-approach').fill('Volunteers host a café every Thursday in the library.');
  await page.getByTestId('practice-field-results').fill('Attendance doubled within three months.');
  await page.getByTestId('practice-field-lessons').fill('Evening sessions did not work; afternoons did.');
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('publish-button')).toBeEnabled();
  await page.getByTestId('publish-button').click();
  await expect(page).toHaveURL(new RegExp(`${practicePath}$`));
  await expect(page.getByTestId('practice-status')).toHaveText(/published/i);
  await logOut(page);
});

test('an anonymous visitor finds the published practice in the public list', async ({ page }) => {
  await page.goto('/practices');
  const item = page.getByTestId('practice-item').filter({ hasText: initiativeTitle });
  await expect(item).toBeVisible();
  await item.getByRole('link').first().click();
  await expect(page.getByTestId('practice-detail')).toContainText(practiceContext);
  await expect(page.getByTestId('edit-practice')).toHaveCount(0);
});

test('a coordinator of another town cannot edit the practice', async ({ page }) => {
  await logIn(page, 'coordinator-tartu');
  await page.goto(`${practicePath}/edit`);
  await expect(page.getByTestId('practice-not-yours')).toBeVisible();
  await page.getByTestId('practice-field-context').fill('Overwritten by another town');
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('practice-error')).toContainText(/not allowed/i);

  await logOut(page);
  await page.goto(practicePath);
  await expect(page.getByTestId('practice-detail')).toContainText(practiceContext);
});
