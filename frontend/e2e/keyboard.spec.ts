import { expect, test } from '@playwright/test';
import { expectAccessible, expectVisibleFocus, tabTo } from './support';

// A coordinator's whole flow with the keyboard only: skip link, log in, go to the town's panels
// and create one; focus lands on each new page's heading and on the result.

test('a coordinator creates a panel with the keyboard only', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'en-desktop', 'one keyboard run is enough');
  const name = `E2E keyboard panel ${Date.now().toString(36)}`;
  await page.goto('/');
  // the app renders after loading its configuration: Tab before that would start from <body>
  await expect(page.getByTestId('page-heading')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expectVisibleFocus(page);
  await expectAccessible(page, testInfo, 'home, skip link focused');

  await tabTo(page, page.getByTestId('login-button'));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/realms\/cohesion\/protocol\/openid-connect\/auth/);
  await tabTo(page, page.locator('#username'));
  await page.keyboard.type('coordinator-mechelen');
  await tabTo(page, page.locator('#password'));
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-menu')).toBeVisible();

  await tabTo(page, page.getByTestId('nav-my-town'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-heading')).toBeFocused();
  await expect(page).toHaveURL(/\/towns\/mechelen$/);
  await expectAccessible(page, testInfo, 'town dashboard, keyboard');

  await tabTo(page, page.getByTestId('area-panels').getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-heading')).toBeFocused();
  await tabTo(page, page.getByTestId('panel-name'));
  await expectVisibleFocus(page);
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('panel-description')).toBeFocused();
  await page.keyboard.type('Typed with the keyboard');
  await tabTo(page, page.getByTestId('create-panel-submit'));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const created = page.getByTestId('panel-item').filter({ hasText: name });
  await expect(created).toBeVisible();
  await expectAccessible(page, testInfo, 'panels page, created with the keyboard');
});
