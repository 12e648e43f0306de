import { expect, test } from '@playwright/test';
// The platform's own helpers: Keycloak's dev-only password client and JSON calls to the APIs.
import { INITIATIVE_API, PANEL_API, api, eventually, tokenFor } from '../../scripts/platform.mjs';
import { dismissToasts, expectAccessible, logIn } from './support';

// A Mechelen coordinator defines an indicator on a fresh initiative, adds a measurement, and sees
// the progress and the table alternative of the chart (en on a desktop, de on a 390 px phone).
// axe-core checks every page state visited.

test('a coordinator adds an indicator and a measurement and sees the progress', async ({ page }, testInfo) => {
  const token = await tokenFor('coordinator-mechelen');
  const panels = await api('GET', `${PANEL_API}/panels?city=mechelen&size=100`, { token });
  const initiative = await eventually(() =>
    api('POST', `${INITIATIVE_API}/initiatives`, {
      token,
      body: { panelId: panels.items[0].id, title: `Measured pilot ${testInfo.project.name}` },
    }),
  );

  await page.goto('/');
  await logIn(page, 'coordinator-mechelen');
  await page.goto(`/initiatives/${initiative.id}`);
  await expect(page.getByTestId('indicators-empty')).toBeVisible();
  await expectAccessible(page, testInfo, 'indicators: none yet');

  await page.getByTestId('indicator-add').click();
  await page.getByTestId('indicator-name').fill('Newcomers in language courses');
  await page.getByTestId('indicator-unit').fill('people');
  await page.getByTestId('indicator-baseline').fill('20');
  await page.getByTestId('indicator-target').fill('60');
  await expectAccessible(page, testInfo, 'indicators: definition form');
  await dismissToasts(page);
  await page.getByTestId('indicator-submit').click();
  const card = page.getByTestId('indicator-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('indicator-progress')).toHaveText(/Not measured yet|Noch nicht gemessen/);

  await dismissToasts(page);
  await card.getByTestId('indicator-measure').click();
  await card.getByTestId('measurement-value').fill('30');
  await card.getByTestId('measurement-source').fill('Course registrations');
  await expectAccessible(page, testInfo, 'indicators: measurement form');
  await card.getByTestId('measurement-submit').click();

  await expect(card.getByTestId('indicator-progress')).toHaveText(/25 %/);
  const table = card.getByTestId('indicator-table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Course registrations');
  await expect(card.getByTestId('indicator-chart')).toBeAttached();
  await dismissToasts(page);
  await expectAccessible(page, testInfo, 'indicators: measured, chart and table');
});
