import { expect, test } from '@playwright/test';
import { dismissToasts, expectAccessible, logIn } from './support';

// A Mechelen coordinator starts an initiative with themes and SDG targets, edits its content and
// filters the town's list by a theme facet. axe-core checks every page state visited.

test('a coordinator creates, edits and finds an initiative by its theme', async ({ page }, testInfo) => {
  const title = `E2E digital help ${testInfo.project.name} ${Date.now()}`;
  await page.goto('/');
  await logIn(page, 'coordinator-mechelen');
  await page.goto('/towns/mechelen/initiatives');
  await expect(page.getByTestId('initiative-filters')).toBeVisible();
  await expect(page.getByTestId('facet-total')).toBeVisible();
  await expectAccessible(page, testInfo, 'initiatives: list with facets');

  const form = page.getByTestId('create-initiative-form');
  await form.getByTestId('initiative-panel').selectOption({ index: 1 });
  await form.getByTestId('initiative-title').fill(title);
  await form.getByTestId('initiative-summary').fill('Students help residents with online services.');
  await form.getByTestId('initiative-themes').getByLabel('Digital inclusion').check();
  await form.getByTestId('initiative-groups').getByLabel('Natives').check();
  await form.getByTestId('initiative-sdgs').getByLabel('SDG target 10.2').check();
  await form.getByTestId('initiative-amount').fill('4000');
  await form.getByTestId('initiative-partners').fill('Mechelen vocational school');
  await expectAccessible(page, testInfo, 'initiatives: create form filled');
  await form.getByTestId('create-initiative-submit').click();

  await expect(page.getByTestId('initiative-detail')).toBeVisible();
  await expect(page.getByTestId('initiative-themes')).toContainText('Digital inclusion');
  await expect(page.getByTestId('initiative-sdgs')).toContainText('10.2');
  await dismissToasts(page);
  await expectAccessible(page, testInfo, 'initiative: content shown');

  await page.getByTestId('edit-initiative').click();
  const edit = page.getByTestId('edit-initiative-form');
  await edit.getByTestId('edit-initiative-themes').getByLabel('Employment').check();
  await edit.getByTestId('edit-initiative-sdgs').getByLabel('SDG target 11.3').check();
  await expectAccessible(page, testInfo, 'initiative: edit form');
  await edit.getByTestId('edit-initiative-submit').click();
  await expect(page.getByTestId('initiative-themes')).toContainText('Employment');
  await expect(page.getByTestId('initiative-sdgs')).toContainText('11.3');
  await dismissToasts(page);

  await page.goto('/towns/mechelen/initiatives');
  // The facet lives in the URL: the list and the counts reload, then the box shows checked.
  const facet = page.getByTestId('facet-theme').getByLabel(/Digital inclusion/);
  await facet.click();
  await expect(page).toHaveURL(/theme=DIGITAL_INCLUSION/);
  await expect(page.getByTestId('facet-theme').getByLabel(/Digital inclusion/)).toBeChecked();
  await expect(page.getByTestId('initiative-item').filter({ hasText: title })).toBeVisible();
  await expectAccessible(page, testInfo, 'initiatives: filtered by a theme');
});
