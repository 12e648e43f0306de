import { expect, type Page, test } from '@playwright/test';
import { dismissToasts, expectAccessible, logIn, logOut } from './support';

// A practice read in another language (docs/practices.md, issue 10 item 1), in each project's
// language and screen: Mechelen's coordinator classifies its published demo practice (a contact role
// with an e-mail address is refused on its field) and translates two of its fields; an anonymous
// visitor picks that language and reads those two marked as translated, the others marked as
// fallbacks to the original, each text with its own lang. axe-core checks every state visited.

test.describe.configure({ mode: 'serial' });

const PRACTICE = 'Welcome desk run by newcomers and long-time residents';
const OTHERS = ['context', 'approach', 'results', 'resources', 'transferability', 'lessons'] as const;
let practicePath = '';
let target = '';
let run = '';

async function openPractice(page: Page) {
  if (practicePath) {
    await page.goto(practicePath);
  } else {
    // Mechelen's own list: the network's library spans several pages
    await page.goto('/practices?city=mechelen');
    await page.getByTestId('practice-item').filter({ hasText: PRACTICE }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/practices\/[0-9a-f-]+$/);
    practicePath = new URL(page.url()).pathname;
  }
  await expect(page.getByTestId('practice-classification')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 15_000 });
}

test('the coordinator classifies the practice and translates two of its fields', async ({ page }, testInfo) => {
  run = `${testInfo.project.name}-${Date.now().toString(36)}`;
  await logIn(page, 'coordinator-mechelen');
  await openPractice(page);

  await page.getByTestId('edit-classification').click();
  await page.getByTestId('classify-theme-LANGUAGE_AND_EDUCATION').check();
  await page.getByTestId('classify-sdg-10.2').check();
  const contact = page.getByTestId('classification-contact-role-input');
  await contact.fill('welcome@mechelen.example');
  await page.getByTestId('classification-save').click();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, testInfo, 'classification: contact role refused');
  await contact.fill('Welcome desk, social services');
  await page.getByTestId('classification-save').click();
  await expect(page.getByTestId('classification-form')).toHaveCount(0);
  await expect(page.getByTestId('classification-sdg-targets')).toContainText('10.2');
  await expect(page.getByTestId('classification-contact-role')).toContainText('Welcome desk, social services');
  await dismissToasts(page);
  await expectAccessible(page, testInfo, 'classification: saved, as badges');

  // a language neither project reads the UI in, and not the practice's original
  const language = page.getByTestId('translation-language');
  const offered = await language.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  target = ['sl', 'lv', 'it'].find((l) => offered.includes(l)) ?? '';
  expect(target).not.toBe('');
  await language.selectOption(target);
  await page.getByTestId('open-translation').click();
  const form = page.getByTestId('translation-form');
  await expect(form).toBeVisible();
  await form.getByTestId('translation-field-title').fill(`Sprejemna pisarna novincev ${run}`);
  await form
    .getByTestId('translation-field-summary')
    .fill('Novinci in dolgoletni prebivalci skupaj sprejemajo novince.');
  for (const f of OTHERS) await form.getByTestId(`translation-field-${f}`).fill('');
  await expectAccessible(page, testInfo, 'translation form');
  await form.getByTestId('translation-save').click();
  await expect(page.getByTestId(`translation-${target}`)).toBeVisible();
  await expect(page.getByTestId('translation-error')).toHaveCount(0);
  await dismissToasts(page);
  await expectAccessible(page, testInfo, 'translation saved');
  await logOut(page);
});

test('an anonymous visitor picks that language and reads translations and fallbacks marked', async ({
  page,
}, testInfo) => {
  await openPractice(page);
  await expect(page.getByTestId('practice-translations')).toHaveCount(0);
  await expect(page.getByTestId('edit-classification')).toHaveCount(0);
  await expect(page.getByTestId('classification-sdg-targets')).toContainText('10.2');
  await expectAccessible(page, testInfo, 'practice page, anonymous, original');

  await page.getByTestId('reading-language').selectOption(target);
  await expect(page).toHaveURL(new RegExp(`[?&]lang=${target}`));
  const title = page.getByTestId('reading-title');
  await expect(title).toHaveText(`Sprejemna pisarna novincev ${run}`);
  await expect(title).toHaveAttribute('lang', target);
  for (const f of ['title', 'summary']) {
    await expect(page.getByTestId(`reading-mark-${f}`)).toHaveAttribute('data-source', 'TRANSLATED');
  }
  for (const f of OTHERS) {
    await expect(page.getByTestId(`reading-mark-${f}`)).toHaveAttribute('data-source', 'FALLBACK');
    await expect(page.getByTestId(`reading-${f}`)).not.toHaveAttribute('lang', target);
  }
  await expectAccessible(page, testInfo, `practice page, anonymous, read in ${target}`);

  // the link keeps the choice
  await page.reload();
  await expect(page.getByTestId('reading-language')).toHaveValue(target);
  await expect(page.getByTestId('reading-mark-summary')).toHaveAttribute('data-source', 'TRANSLATED');
});
