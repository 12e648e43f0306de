import { expect, test, type Page } from '@playwright/test';
import { tokenFor } from '../../scripts/platform.mjs';
import { dismissToasts, expectAccessible, logIn } from './support';

// A coordinator recruits by lot through the wizard on the real platform: imports a pool (a bad
// file first, refused with its per-line report), imports quotas, sets the seats, draws with an
// announced seed, reviews the probabilities and confirms; the drawn candidates are members.

const PANEL_API = process.env.COHESION_PANEL_API ?? 'http://127.0.0.1:8081';

/** Twenty candidates in Celje; gender alternates, four categories. */
function poolCsv(): string {
  const categories = ['CITIZEN', 'EXPERT', 'NON_PROFIT_ORGANISATION', 'LOCAL_AUTHORITY'];
  const rows = ['id,first_name,last_name,address1,postcode,category,gender'];
  for (let i = 1; i <= 20; i += 1) {
    rows.push(`e2e-${i},Kandidat${i},Novak,Ulica ${i},3000,${categories[i % 4]},${i % 2 === 0 ? 'female' : 'male'}`);
  }
  return `${rows.join('\n')}\n`;
}

const QUOTAS = 'feature,value,min,max\ngender,female,2,3\ngender,male,2,3\ncategory,EXPERT,1,2\n';

async function upload(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a coordinator imports a pool, sets quotas, draws, reviews and confirms', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  await logIn(page, 'coordinator-celje');
  const token = await tokenFor('coordinator-celje');
  const created = await request.post(`${PANEL_API}/panels`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { city: 'celje', name: `E2E sortition ${Date.now().toString(36)}` },
  });
  expect(created.status()).toBe(201);
  const panelId = (await created.json()).id as string;

  await page.goto(`/panels/${panelId}/draw`);
  await expect(page.getByTestId('candidate-count')).toBeVisible();
  await expectAccessible(page, testInfo, 'sortition wizard, empty pool');

  await upload(page, 'bad.csv', 'id,name,category\ne1,=HYPERLINK("x"),CITIZEN\n');
  await page.getByTestId('candidates-upload').click();
  await expect(page.getByTestId('csv-issues')).toContainText('2');
  await expectAccessible(page, testInfo, 'sortition wizard, rejected file');

  await upload(page, 'pool.csv', poolCsv());
  await page.getByTestId('candidates-upload').click();
  await expect(page.getByTestId('candidate-count')).toContainText('20');
  await dismissToasts(page);

  await page.getByTestId('wizard-next').click();
  await upload(page, 'quotas.csv', QUOTAS);
  await page.getByTestId('quotas-upload').click();
  await expect(page.getByTestId('quota-table').getByRole('row')).toHaveCount(4);
  await page.getByTestId('seats').fill('5');
  await page.getByTestId('quotas-save').click();
  await dismissToasts(page);
  await expectAccessible(page, testInfo, 'sortition wizard, quotas');

  await page.getByTestId('wizard-next').click();
  await page.getByTestId('draw-seed').fill('20260315');
  await page.getByTestId('draw-start').click();
  // The wizard moves to the review by itself once the draw is done.
  const table = page.getByTestId('probability-table');
  await expect(table).toBeVisible({ timeout: 120_000 });
  await expect(table.locator('tr[data-selected="true"]')).toHaveCount(5);
  await expect(page.getByTestId('draw-audit')).toContainText('20260315');
  await expectAccessible(page, testInfo, 'sortition wizard, review');

  await page.getByTestId('wizard-next').click();
  await page.getByTestId('draw-confirm').click();
  await expect(page.getByTestId('new-members').getByRole('listitem')).toHaveCount(5);
  await expectAccessible(page, testInfo, 'sortition wizard, confirmed');

  const members = await request.get(`${PANEL_API}/panels/${panelId}/members`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect((await members.json()).totalItems).toBe(5);
});
