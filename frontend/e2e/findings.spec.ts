import { expect, type Page, test } from '@playwright/test';
import { dismissToasts, expectAccessible, logIn, logOut } from './support';

// Common findings in the web app on the real platform (issue 11 item 9), in each project's language
// and screen: the network admin writes a finding citing one town's practice, the publication is
// refused on the evidence (one town only), the admin cites a second town's practice and publishes
// it, then writes and publishes a recommendation backed by it; Mechelen's coordinator endorses the
// recommendation for Mechelen; an anonymous visitor reads both on the findings page, finds the
// finding among the latest on the network page and the network report's links there. The
// API-level checks (feed, CSV, PDF, signed webhook) are in findings-public.spec.ts. axe-core checks every page state visited.

test.describe.configure({ mode: 'serial' });

const MECHELEN_PRACTICE = 'Welcome desk run by newcomers and long-time residents';
const TARTU_PRACTICE = 'Eesti keele klubid raamatukogus ja muuseumides';
let statement = '';
let recommendationTitle = '';
let findingPath = '';
let recommendationPath = '';

/** Searches the published practices in the evidence picker and cites the one titled `title`. */
async function cite(page: Page, query: string, title: string) {
  await page.getByTestId('evidence-search').fill(query);
  const hit = page.getByTestId('practice-hits').getByRole('listitem').filter({ hasText: title });
  await hit.getByRole('button').click();
  await expect(page.getByTestId('evidence-cited')).toContainText(title);
}

test('the network admin publishes a finding once it cites two towns, and a recommendation', async ({
  page,
}, testInfo) => {
  const run = `${testInfo.project.name} ${Date.now()}`;
  statement = `Shared welcome work travels between towns (${run})`;
  recommendationTitle = `Budget for welcome work across towns (${run})`;

  await logIn(page, 'network-admin');
  await page.goto('/findings');
  await expect(page.getByTestId('drafts').or(page.getByTestId('drafts-empty'))).toBeVisible();
  await expectAccessible(page, testInfo, 'findings: as the network admin');
  await page.getByTestId('new-finding').click();
  await page.getByTestId('finding-statement-input').fill(statement);
  await page.getByTestId('finding-themes').locator('label').first().click();
  await cite(page, 'Welcome desk', MECHELEN_PRACTICE);
  await expectAccessible(page, testInfo, 'finding editor: one citation');
  await page.getByTestId('save-finding').click();

  await expect(page.getByTestId('finding-detail')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement);
  findingPath = new URL(page.url()).pathname;
  await expect(page.getByTestId('evidence-short')).toBeVisible();
  await dismissToasts(page);
  await page.getByTestId('publish-finding').click();
  // Refused on the evidence: it names the one town cited, and the finding stays a draft.
  await expect(page.getByTestId('evidence-problem')).toContainText('Mechelen');
  await expect(page.getByTestId('publication-status')).toHaveAttribute('data-status', 'DRAFT');
  await expectAccessible(page, testInfo, 'finding: publication refused on the evidence');

  await page.getByTestId('edit-finding').click();
  await cite(page, 'Eesti keele klubid', TARTU_PRACTICE);
  await page.getByTestId('save-finding').click();
  await expect(page.getByTestId('finding-towns')).toContainText('Tartu');
  await dismissToasts(page);
  await page.getByTestId('publish-finding').click();
  await expect(page.getByTestId('publication-status')).toHaveAttribute('data-status', 'PUBLISHED');
  await expect(page.getByTestId('finding-towns')).toContainText('Mechelen');
  await expect(page.getByTestId('publish-finding')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'finding: published');

  await page.goto('/findings');
  await page.getByTestId('new-recommendation').click();
  await page.getByTestId('recommendation-title-input').fill(recommendationTitle);
  await page.getByTestId('recommendation-actions-input').fill('Fund a welcome coordinator\nShare the desk manual');
  await page.getByTestId('recommendation-findings').click();
  await page.getByTestId('recommendation-findings').fill('Shared welcome work');
  await page.getByRole('option', { name: statement }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, testInfo, 'recommendation editor');
  await page.getByTestId('save-recommendation').click();
  await expect(page.getByTestId('recommendation-detail')).toBeVisible();
  recommendationPath = new URL(page.url()).pathname;
  await expect(page.getByTestId('recommendation-action-list').getByRole('listitem')).toHaveCount(2);
  await dismissToasts(page);
  await page.getByTestId('publish-recommendation').click();
  await expect(page.getByTestId('publication-status')).toHaveAttribute('data-status', 'PUBLISHED');
  await expect(page.getByTestId(`backing-${findingPath.split('/').pop()}`)).toHaveText(statement);
  await logOut(page);
});

test("a town's coordinator endorses the recommendation for their town", async ({ page }, testInfo) => {
  await logIn(page, 'coordinator-mechelen');
  await page.goto(recommendationPath);
  await expect(page.getByTestId('endorsements-empty')).toBeVisible();
  await page.getByTestId('endorse').click();
  await expect(page.getByTestId('endorsing-towns')).toContainText('Mechelen');
  await expect(page.getByTestId('withdraw-endorsement')).toBeVisible();
  // A coordinator neither edits nor withdraws the network's recommendation.
  await expect(page.getByTestId('edit-recommendation')).toHaveCount(0);
  await expect(page.getByTestId('withdraw')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'recommendation: endorsed by the town');
  await logOut(page);
});

test('a visitor reads the finding and the recommendation and finds the network report', async ({
  page,
  request,
}, testInfo) => {
  await page.goto('/findings');
  const card = page.getByRole('listitem').filter({ hasText: statement });
  await expect(card).toBeVisible();
  await expect(page.getByTestId('new-finding')).toHaveCount(0);
  await expect(page.getByTestId('drafts')).toHaveCount(0);
  await expect(page.getByTestId('audience-LOCAL_AUTHORITIES')).toContainText(recommendationTitle);
  await expectAccessible(page, testInfo, 'findings: as a visitor');

  await card.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${findingPath}$`));
  await expect(page.getByTestId('finding-towns')).toContainText('Tartu');
  await expect(page.getByTestId('publish-finding')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'finding: as a visitor');

  await page.goto(recommendationPath);
  await expect(page.getByTestId('endorsing-towns')).toContainText('Mechelen');
  await expect(page.getByTestId('endorse')).toHaveCount(0);

  // The network page links the report in the reader's language; the web page of it holds the finding.
  await page.goto('/network');
  await expect(page.getByTestId('latest-findings')).toContainText(statement);
  const pdf = await page.getByTestId('network-report-pdf').getAttribute('href');
  const html = await page.getByTestId('network-report-html').getAttribute('href');
  const lang = testInfo.project.name.startsWith('de') ? 'de' : 'en';
  expect(pdf).toMatch(new RegExp(`/reports/network\\.pdf\\?lang=${lang}$`));
  const pdfAnswer = await request.get(pdf!);
  expect(pdfAnswer.headers()['content-type']).toMatch(/^application\/pdf/);
  expect((await pdfAnswer.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const htmlAnswer = await request.get(html!);
  expect(htmlAnswer.status()).toBe(200);
  expect(await htmlAnswer.text()).toContain(statement);
});
