import { expect, test } from '@playwright/test';
import { expectAccessible, expectVisibleFocus, tabTo } from './support';

// The public portal on the real platform, anonymously: the ten demo towns on the offline map and
// in its table alternative, one town's figures opened by keyboard, and the network's statistics.

const TOWNS = [
  'elbasan',
  'mechelen',
  'esbjerg',
  'tartu',
  'besancon',
  'reggio-emilia',
  'jelgava',
  'panevezys',
  'delft',
  'celje',
];

test('an anonymous visitor sees the network on the map and in figures', async ({ page }, testInfo) => {
  // No request to anyone else's server: the map is drawn from bundled borders.
  const foreign: string[] = [];
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== '127.0.0.1' && host !== 'localhost') foreign.push(request.url());
  });

  await page.goto('/');
  if (testInfo.project.name === 'de-phone') await page.getByTestId('burger').click();
  await page.locator('[data-testid="nav-network"]:visible').first().click();
  await expect(page).toHaveURL(/\/network$/);

  const map = page.getByTestId('town-map');
  await expect(map.locator('svg path').first()).toBeAttached();
  for (const town of TOWNS) {
    await expect(page.getByTestId(`map-town-${town}`)).toBeVisible();
  }
  await expect(page.getByTestId('total-towns')).toContainText('10');
  await expect(page.getByTestId('total-panels')).toContainText('10');

  // The table alternative lists the same ten towns, each with its balance.
  await page.getByTestId('towns-toggle').click();
  const rows = page.getByTestId('towns-table').locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(page.getByTestId('towns-row-mechelen')).toContainText('Mechelen');
  await expect(page.getByTestId('towns-row-mechelen')).toContainText(/100|Score/);
  await expectAccessible(page, testInfo, 'network portal');

  // One town's figures, by keyboard only.
  const mechelen = page.getByTestId('map-town-mechelen');
  await tabTo(page, mechelen);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const popover = page.getByTestId('map-popover-mechelen');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('Mechelen');
  // the three figures' labels, in the project's language (en-desktop, de-phone)
  const labels = testInfo.project.name.startsWith('de')
    ? ['Ausgewogenheit des Panels', 'Aktive Initiativen', 'Veröffentlichte Praktiken']
    : ['Panel balance', 'Active initiatives', 'Published practices'];
  for (const label of labels) await expect(popover).toContainText(label);
  await expectAccessible(page, testInfo, 'network portal, a town opened');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(mechelen).toBeFocused();

  // The statistics: seats per pillar, initiatives by status and theme, transfers as a flow chart.
  await expect(page.getByTestId('pillars')).toBeVisible();
  await expect(page.getByTestId('initiative-statuses')).toBeVisible();
  await expect(page.getByTestId('initiative-themes')).toBeVisible();
  await expect(page.getByTestId('transfer-chord')).toBeVisible();
  await page.getByTestId('transfers-toggle').click();
  await expect(page.getByTestId('transfers-table').locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page, testInfo, 'network portal, tables shown');

  expect(foreign, 'requests to other servers').toEqual([]);
});
