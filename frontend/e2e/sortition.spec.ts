import { expect, test, type Page } from '@playwright/test';
import { tokenFor } from '../../scripts/platform.mjs';
import { dismissToasts, expectAccessible, logIn } from './support';

// A coordinator recruits by lot through the wizard on the real platform: imports a pool (a bad
// file first, refused with its per-line report), imports quotas, sets the seats, draws with an
// announced seed, reviews the probabilities and confirms; the drawn candidates are members, and
// the panel page shows the balance they bring: a higher score and the expats' gap closed.

const PANEL_API = process.env.COHESION_PANEL_API ?? 'http://127.0.0.1:8081';

/**
 * Twenty candidates in Celje; gender alternates, four categories. Every one consented to record
 * their population group: four are expats, the others natives.
 */
function poolCsv(): string {
  const categories = ['CITIZEN', 'EXPERT', 'NON_PROFIT_ORGANISATION', 'LOCAL_AUTHORITY'];
  const rows = ['id,first_name,last_name,address1,postcode,category,gender,population_group,consent_text_version'];
  for (let i = 1; i <= 20; i += 1) {
    const gender = i % 2 === 0 ? 'female' : 'male';
    const group = i % 5 === 0 ? 'EXPAT' : 'NATIVE';
    rows.push(`e2e-${i},Kandidat${i},Novak,Ulica ${i},3000,${categories[i % 4]},${gender},${group},consent-v1`);
  }
  return `${rows.join('\n')}\n`;
}

// The panel starts empty, so no member speaks for the expats; the quota seats at least one of them,
// whatever the seed, so the draw closes that gap.
const QUOTAS =
  'feature,value,min,max\ngender,female,2,3\ngender,male,2,3\ncategory,EXPERT,1,2\npopulation_group,EXPAT,1,2\n';
/** The expats' gap as the balance section words it, per project locale (en.ts, locales/de.ts). */
const EXPATS_GAP: Record<string, string> = {
  en: 'No member speaks for this group: Expats.',
  de: 'Kein Mitglied spricht für diese Gruppe: Zugezogene aus dem Ausland (Expats).',
};

async function balanceScore(page: Page): Promise<number> {
  const text = (await page.getByTestId('balance-score').textContent()) ?? '';
  return Number.parseInt(text, 10);
}

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
  const expatsGap = EXPATS_GAP[testInfo.project.name.slice(0, 2)];

  await page.goto(`/panels/${panelId}`);
  await expect(page.getByTestId('balance-gaps')).toContainText(expatsGap);
  const scoreBefore = await balanceScore(page);
  expect(scoreBefore).toBeGreaterThanOrEqual(0);

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
  await expect(page.getByTestId('quota-table').getByRole('row')).toHaveCount(5);
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

  // The balance follows the new members (through the service's events): reload until it has.
  await page.goto(`/panels/${panelId}`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('balance-score')).toBeVisible();
    expect(await balanceScore(page)).toBeGreaterThan(scoreBefore);
    await expect(page.getByTestId('balance-section')).not.toContainText(expatsGap);
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId('balance-seats')).toContainText('5');
  await expectAccessible(page, testInfo, 'panel page, balance after the draw');
});
