import { expect, test } from '@playwright/test';
import { INITIATIVE_API, PANEL_API, PRACTICE_API } from '../../scripts/platform.mjs';
import { validateDataPackage } from './dataPackage';
import { expectAccessible } from './support';

// The open data on the real platform, anonymously: the page lists the downloads from the data
// package, the CSV holds the demo's published practice under the documented header, and the Atom
// feed every page links to lists it too.

const DEMO_PRACTICE = 'Welcome desk run by newcomers and long-time residents';
const HEADER =
  'id,town,source_initiative_id,outcome,title,summary,context,approach,results,resources,' +
  'transferability,lessons,themes,target_groups,sdg_targets,transfer_count,published_at,updated_at';

test('a visitor downloads the practices as CSV and reads the feed', async ({ page, request }, testInfo) => {
  await page.goto('/open-data');
  await expect(page.getByTestId('download-practices-csv')).toBeVisible();
  await expect(page.getByTestId('download-towns-json')).toBeVisible();
  await expect(page.getByTestId('open-data-licence').getByRole('link')).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expectAccessible(page, testInfo, 'open data page');

  const csvUrl = await page.getByTestId('download-practices-csv').getAttribute('href');
  expect(csvUrl).toMatch(/\/open-data\/practices\.csv$/);
  const csv = await request.get(csvUrl!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect(csv.headers()['content-disposition']).toBe('attachment; filename="practices.csv"');
  const lines = (await csv.text()).split('\r\n');
  expect(lines[0]).toBe(HEADER);
  const demo = lines.find((line) => line.includes(DEMO_PRACTICE));
  expect(demo, 'the demo practice is a row').toBeDefined();
  expect(demo).toContain(',mechelen,');

  // Every page names the feed in its head, for feed readers.
  const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveCount(1);
  const feedUrl = await feedLink.getAttribute('href');
  expect(feedUrl).toBe(await page.getByTestId('open-data-feed-link').getAttribute('href'));
  const feed = await request.get(`${feedUrl}?town=mechelen`);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  const xml = await feed.text();
  expect(xml).toMatch(/<feed[^>]* xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  expect(xml).toMatch(new RegExp(`<title[^>]*>${DEMO_PRACTICE}</title>`));
  expect(xml).toMatch(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
  expect(xml).toContain('<name>mechelen</name>');

  // The navigation leads here from the start page.
  await page.goto('/');
  if (testInfo.project.name === 'de-phone') await page.getByTestId('burger').click();
  await page.locator('[data-testid="nav-open-data"]:visible').first().click();
  await expect(page).toHaveURL(/\/open-data$/);
});

test('the open data of every service validates against its data package', async () => {
  test.skip(test.info().project.name !== 'en-desktop', 'the same files for every project');
  const rows: Record<string, number> = {};
  for (const api of [PANEL_API, INITIATIVE_API, PRACTICE_API]) {
    Object.assign(rows, await validateDataPackage(`${api}/open-data/datapackage.json`));
  }
  console.log(`open data rows of the demo network: ${JSON.stringify(rows)}`);
  const datasets = [
    'panel-composition',
    'initiatives',
    'towns',
    'practices',
    'transfers',
    'findings',
    'recommendations',
  ];
  for (const dataset of datasets) {
    expect(rows[`${dataset}-csv`], `${dataset} has rows in the demo`).toBeGreaterThan(0);
    expect(rows[`${dataset}-json`], `${dataset}: as many objects as CSV rows`).toBe(rows[`${dataset}-csv`]);
  }
  expect(Object.keys(rows).sort()).toEqual(datasets.flatMap((d) => [`${d}-csv`, `${d}-json`]).sort());
});
