import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, logOut } from './support';

// The panel page for its readers: a panel member sees the panel and its members but nobody's
// population groups; an anonymous visitor sees only the counts, no names. Runs on the demo data
// (scripts/demo/panels.mjs): Mechelen's panel is ACTIVE with members who declared groups.

const MECHELEN = 'Mechelen Local Panel of Stakeholders';
// Names and group labels of the demo data that only the town may see.
const DEMO_NAMES = ['Amira', 'Haddad', 'Peeters'];
const GROUP_LABELS = ['Natives', 'Expats', 'Newly arrived migrants', 'Precarious or vulnerable people'];

async function openMechelenPanel(page: Page): Promise<string> {
  await page.goto('/towns/mechelen/panels');
  await page.getByTestId('panel-link').filter({ hasText: MECHELEN }).click();
  await expect(page.getByTestId('panel-page')).toBeVisible();
  return page.url();
}

test('a panel member sees the panel and its members, but no one’s population groups', async ({ page }, testInfo) => {
  await logIn(page, 'member-mechelen');
  await openMechelenPanel(page);
  await expect(page.getByTestId('panel-status')).toBeVisible();
  await expect(page.getByTestId('panel-mandate')).toBeVisible();
  const rows = page.getByTestId('member-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  await expect(page.getByTestId('member-groups')).toHaveCount(0);
  await expect(page.getByTestId('add-member')).toHaveCount(0);
  await expect(page.getByTestId('edit-panel')).toHaveCount(0);
  if (testInfo.project.name.startsWith('en')) {
    // The balance section names the groups as aggregates (counts of 5 or more) for anyone; no
    // member's row may name a group.
    const text = await page.getByTestId('members-table').innerText();
    for (const label of GROUP_LABELS) expect(text).not.toContain(label);
  }
  await page.getByTestId('members-history').check();
  await expect(page.getByTestId('member-groups')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'panel page, panel member');
  await logOut(page);
});

test('an anonymous visitor sees only counts, no names', async ({ page }, testInfo) => {
  await logIn(page, 'member-mechelen');
  const url = await openMechelenPanel(page);
  await logOut(page);

  await page.goto(url);
  await expect(page.getByTestId('panel-page')).toBeVisible();
  await expect(page.getByTestId('composition-table')).toBeVisible();
  await expect(page.getByTestId('members-private')).toBeVisible();
  await expect(page.getByTestId('members-table')).toHaveCount(0);
  const text = await page.getByTestId('panel-page').innerText();
  for (const name of DEMO_NAMES) expect(text).not.toContain(name);
  await expectAccessible(page, testInfo, 'panel page, anonymous');
});
