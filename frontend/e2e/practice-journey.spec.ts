import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { dismissToasts, expectAccessible, logIn, logOut, tabTo } from './support';

// One town's whole journey through the real platform (./run-platform, real Keycloak login page),
// on the routed workspace, in each project's language and screen (see playwright.config.ts):
// a panel runs an initiative to an adopted conclusion, the network drafts a good practice from it,
// the coordinator submits it, the network admin returns it with a reason, the coordinator reads
// the reason, fixes and resubmits it, the network admin publishes it, the public reads it, and
// another town's coordinator reads it only, finds it in the search with a facet, asks a question,
// the source town's coordinator answers and marks the answer, the asking town reads it and takes the
// practice up: registers interest, links its own initiative and ends the transfer TRANSFERRED, and
// the practice page shows where it travelled. Last the source town translates two of its fields and
// an anonymous visitor reads it in that language, those two marked translated and the rest marked as
// fallbacks to the original (issue 10 item 10). axe-core checks every page state visited.

test.describe.configure({ mode: 'serial' });

const practiceContext = 'Newcomers had few places to practise the language with residents.';
const returnReason = 'The results need a figure: how many came, before and after.';
const TEXT_SECTIONS = ['context', 'approach', 'results', 'resources', 'transferability', 'lessons'] as const;
let names = { panel: '', initiative: '', question: '', answer: '', translatedTitle: '' };
let practicePath = '';
let readingLanguage = '';

function journeyQuestion(page: Page) {
  return page.getByTestId('post-question').filter({ hasText: names.question });
}

async function step(page: Page, testInfo: TestInfo, to: string, fill?: () => Promise<void>) {
  await dismissToasts(page);
  await page.getByTestId(`transition-${to}`).click();
  await page.getByTestId('transition-reason').fill(`The panel agreed: ${to}`);
  if (fill) await fill();
  await expectAccessible(page, testInfo, `initiative: step form ${to}`);
  await dismissToasts(page);
  await page.getByTestId('transition-submit').click();
  await expect(page.getByTestId('initiative-status').first()).toHaveAttribute('data-status', to);
  // focus goes to the result: the initiative's new status
  await expect(page.getByTestId('initiative-status-region')).toBeFocused();
  await expectAccessible(page, testInfo, `initiative: now ${to}`);
}

test('a coordinator takes an initiative to an adopted conclusion and submits the drafted practice, the network validates it', async ({
  page,
  context,
}, testInfo) => {
  // four sign-ins more than the other flows: the town and the network take turns
  test.setTimeout(480_000);
  const run = `${testInfo.project.name}-${Date.now().toString(36)}`;
  names = {
    panel: `E2E panel ${run}`,
    initiative: `E2E language café ${run}`,
    question: `How many volunteers per session? (${run})`,
    answer: `Two per table of six, and one who knows the library (${run}).`,
    translatedTitle: `Jezikovna kavarna ${run}`,
  };
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', testInfo.project.name.slice(0, 2));
  await expectAccessible(page, testInfo, 'home, anonymous');
  await logIn(page, 'coordinator-mechelen');
  await expectAccessible(page, testInfo, 'home, signed in');
  await dismissToasts(page);
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('logout-button')).toBeVisible();
  await expectAccessible(page, testInfo, 'user menu open');
  await page.keyboard.press('Escape');

  // a new tab of the signed-in user is signed in too
  const second = await context.newPage();
  await second.goto('/my-town');
  await expect(second.getByTestId('user-menu')).toBeVisible();
  await second.close();

  await page.goto('/my-town');
  await expect(page).toHaveURL(/\/towns\/mechelen$/);
  await expect(page.getByTestId('area-panels')).toBeVisible();
  await expectAccessible(page, testInfo, 'town dashboard');

  await dismissToasts(page);
  await page.getByTestId('area-panels').getByRole('link').click();
  await expect(page).toHaveURL(/\/towns\/mechelen\/panels$/);
  await expect(page.getByTestId('page-heading')).toBeFocused();
  await expectAccessible(page, testInfo, 'panels page');
  await page.getByTestId('panel-name').fill(names.panel);
  await page.getByTestId('panel-description').fill('Created by the browser test');
  await dismissToasts(page);
  await page.getByTestId('create-panel-submit').click();
  await expect(page.getByTestId('panel-item').filter({ hasText: names.panel })).toBeVisible();
  await expectAccessible(page, testInfo, 'panels page, panel created');

  // the same name again is a conflict, said as such
  await page.getByTestId('panel-name').fill(names.panel);
  await dismissToasts(page);
  await page.getByTestId('create-panel-submit').click();
  await expect(page.getByTestId('create-panel-error')).toHaveAttribute('data-problem', 'duplicateName');
  await expect(page.getByTestId('create-panel-error')).toBeFocused();
  await expectAccessible(page, testInfo, 'panels page, duplicate name');

  await page.goto('/towns/mechelen/initiatives');
  await expect(page.getByTestId('create-initiative-form')).toBeVisible();
  await expectAccessible(page, testInfo, 'initiatives page');
  // The initiative service learns about the new panel from panel-events: until it has, the
  // service answers 422 and the form says so; submitting again then succeeds and opens it.
  await expect(async () => {
    await page.reload();
    // on a loaded machine the page itself may take longer than one attempt of the form
    await expect(page.getByTestId('create-initiative-form')).toBeVisible({ timeout: 15_000 });
    await page.getByTestId('initiative-panel').selectOption({ label: names.panel }, { timeout: 3_000 });
    await page.getByTestId('initiative-title').fill(names.initiative);
    await page.getByTestId('initiative-summary').fill('A weekly café where newcomers and residents talk.');
    await dismissToasts(page);
    await page.getByTestId('create-initiative-submit').click();
    await expect(page).toHaveURL(/\/initiatives\/[0-9a-f-]+$/, { timeout: 3_000 });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByTestId('initiative-status').first()).toHaveAttribute('data-status', 'DRAFT');
  await expectAccessible(page, testInfo, 'initiative detail, draft');

  for (const to of ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW']) {
    await step(page, testInfo, to);
  }
  await step(page, testInfo, 'CONCLUDED', async () => {
    await page.getByTestId('outcome-select').selectOption('ADOPTED');
    await page.getByTestId('transition-conclusion').fill('Attendance doubled; residents asked to keep it.');
  });
  await expect(page.getByTestId('initiative-history')).toContainText('The panel agreed: CONCLUDED');

  // practice-exchange-service drafts the practice from initiative-events.
  await page.goto('/towns/mechelen/practices');
  const draft = page
    .getByTestId('draft-practices-section')
    .getByTestId('practice-item')
    .filter({ hasText: names.initiative });
  await expect(async () => {
    await page.reload();
    await expect(draft).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 40_000 });
  await expectAccessible(page, testInfo, 'town practices with drafts');
  await dismissToasts(page);
  await draft.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/practices\/[0-9a-f-]+\/edit$/);
  practicePath = new URL(page.url()).pathname.replace(/\/edit$/, '');
  await expect(page.getByTestId('practice-edit-form')).toBeVisible();
  await expectAccessible(page, testInfo, 'practice edit form');

  await page.getByTestId('practice-field-context').fill(practiceContext);
  await page.getByTestId('practice-field-approach').fill('Volunteers host a café every Thursday in the library.');
  await page.getByTestId('practice-field-results').fill('Attendance doubled within three months.');
  await page.getByTestId('practice-field-resources').fill('A library room and two volunteers a week.');
  await page.getByTestId('practice-field-transferability').fill('Works wherever a library opens a room.');
  await page.getByTestId('practice-field-lessons').fill('Evening sessions did not work; afternoons did.');
  // Every section filled: the network admin publishes only what meets the checklist.
  await dismissToasts(page);
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('submit-button')).toBeEnabled();
  await expectAccessible(page, testInfo, 'practice saved');
  await dismissToasts(page);
  await page.getByTestId('submit-button').click();
  await expect(page).toHaveURL(new RegExp(`${practicePath}$`));
  await expect(page.getByTestId('practice-status')).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(page.getByTestId('validation-waiting')).toBeVisible();
  // the town no longer publishes: the network admin validates
  await expect(page.getByTestId('publish-practice')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'practice submitted');
  await logOut(page);

  // the network admin returns it with a reason
  await logIn(page, 'network-admin');
  await page.goto(practicePath);
  await expect(page.getByTestId('validation-panel')).toBeVisible();
  await expectAccessible(page, testInfo, 'practice under validation, network admin');
  await dismissToasts(page);
  await page.getByTestId('return-practice').click();
  await page.getByTestId('confirm-return').click();
  await expect(page.getByTestId('validation-reason')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('validation-reason').fill(returnReason);
  await expectAccessible(page, testInfo, 'return form with reason');
  await page.getByTestId('confirm-return').click();
  await expect(page.getByTestId('practice-status')).toHaveAttribute('data-status', 'RETURNED');
  await logOut(page);

  // the town reads why, fixes the results and submits again
  await logIn(page, 'coordinator-mechelen');
  await page.goto(practicePath);
  await expect(page.getByTestId('return-reason')).toContainText(returnReason);
  await expectAccessible(page, testInfo, 'practice returned, the town reads the reason');
  await page.goto(`${practicePath}/edit`);
  await page.getByTestId('practice-field-results').fill('Attendance doubled within three months: 14 to 29 a week.');
  await dismissToasts(page);
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('submit-button')).toBeEnabled();
  await dismissToasts(page);
  await page.getByTestId('submit-button').click();
  await expect(page.getByTestId('practice-status')).toHaveAttribute('data-status', 'SUBMITTED');
  await logOut(page);

  // the network admin publishes it
  await logIn(page, 'network-admin');
  await page.goto(practicePath);
  await dismissToasts(page);
  await page.getByTestId('publish-practice').click();
  await expect(page.getByTestId('practice-status')).toHaveAttribute('data-status', 'PUBLISHED');
  await expect(page.getByTestId('validation-history')).toContainText(returnReason);
  await expectAccessible(page, testInfo, 'practice published');

  // logout everywhere: a second tab notices
  const other = await context.newPage();
  await other.goto('/practices');
  await expect(other.getByTestId('user-menu')).toBeVisible();
  await logOut(page);
  await expect(other.getByTestId('login-button')).toBeVisible();
  await other.close();
});

test('an anonymous visitor finds the published practice in the public list', async ({ page }, testInfo) => {
  await page.goto('/practices');
  const item = page.getByTestId('practice-item').filter({ hasText: names.initiative });
  await expect(item).toBeVisible();
  await expectAccessible(page, testInfo, 'public practice list');
  await dismissToasts(page);
  await item.getByRole('link').first().click();
  await expect(page.getByTestId('practice-detail')).toContainText(practiceContext);
  await expect(page.getByTestId('edit-practice')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'public practice detail');

  await page.goto('/practices?page=99');
  await expect(page.getByTestId('beyond-last-page')).toBeVisible();
  await expect(page.getByTestId('empty-state')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'public practice list, page beyond the end');

  await page.goto('/practices/00000000-0000-0000-0000-000000000000');
  await expect(page.getByTestId('problem-alert')).toHaveAttribute('data-problem', 'notFound');
  await expectAccessible(page, testInfo, 'unknown practice');
});

test('a coordinator of another town reads the practice but gets no form', async ({ page }, testInfo) => {
  await logIn(page, 'coordinator-tartu');
  await page.goto(`${practicePath}/edit`);
  await expect(page.getByTestId('practice-not-yours')).toBeVisible();
  await expect(page.getByTestId('practice-save')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'practice, read-only for another town');
  await page.goto('/towns/mechelen/panels');
  await expect(page.getByTestId('panel-item').first()).toBeVisible();
  await expect(page.getByTestId('create-panel-form')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'another town’s panels, read-only');
  await logOut(page);
});

test('another town’s coordinator finds the practice by searching with a facet and asks a question', async ({
  page,
}, testInfo) => {
  await logIn(page, 'coordinator-tartu');
  await page.goto('/practice-search');
  await expect(page.getByTestId('practice-search-facets')).toBeVisible();
  await expectAccessible(page, testInfo, 'practice search, signed in');
  await page.getByTestId('practice-search-input').fill('language café');
  await dismissToasts(page);
  await page.getByTestId('practice-search-submit').click();
  await expect(page).toHaveURL(/[?&]q=language/);
  const hit = page.getByTestId('practice-search-hit').filter({ hasText: names.initiative });
  await expect(hit).toBeVisible();
  await expectAccessible(page, testInfo, 'practice search, results of a text');

  // the town facet: only the source town's practices remain, the chosen value counted and checked
  const mechelen = page.getByTestId('practice-facet-towns').locator('input[type="checkbox"][value="mechelen"]');
  // click, not check(): the facets re-render from the new URL's results, checked only then
  await mechelen.click();
  await expect(page).toHaveURL(/[?&]town=mechelen/);
  await expect(mechelen).toBeChecked();
  await expect(page.locator('[data-testid="practice-search-hit"]:not([data-city="mechelen"])')).toHaveCount(0);
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute('data-city', 'mechelen');
  await expectAccessible(page, testInfo, 'practice search, filtered by a town');

  await dismissToasts(page);
  await hit.getByRole('link', { name: names.initiative }).click();
  await expect(page).toHaveURL(new RegExp(`${practicePath}$`));
  await expect(page.getByTestId('discussion-section')).toBeVisible();
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 15_000 });
  await page.getByTestId('ask-question').click();
  await page.getByTestId('question-title').fill(names.question);
  await page.getByTestId('question-body').fill('Tartu would run it in two languages at once.');
  await expectAccessible(page, testInfo, 'practice found, question form');
  await dismissToasts(page);
  await page.getByTestId('question-submit').click();
  await expect(journeyQuestion(page)).toBeVisible();
  // the asking town cannot mark an answer on another town's practice
  await expect(journeyQuestion(page).getByTestId('mark-answer')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'practice found, question asked');
  await logOut(page);
});

test('the source town’s coordinator answers the question and marks the answer', async ({ page }, testInfo) => {
  await logIn(page, 'coordinator-mechelen');
  await page.goto(practicePath);
  await expect(journeyQuestion(page)).toBeVisible();
  await expectAccessible(page, testInfo, 'own practice with a question from another town');
  await dismissToasts(page);
  await journeyQuestion(page).getByTestId('reply-button').click();
  await journeyQuestion(page).getByTestId('reply-body').fill(names.answer);
  await expectAccessible(page, testInfo, 'answering the question');
  await dismissToasts(page);
  await journeyQuestion(page).getByTestId('reply-submit').click();
  await expect(journeyQuestion(page).getByTestId('question-replies')).toContainText(names.answer);
  await dismissToasts(page);
  await journeyQuestion(page)
    .getByTestId('post-reply')
    .filter({ hasText: names.answer })
    .getByTestId('mark-answer')
    .click();
  await expect(journeyQuestion(page).getByTestId('answer-badge')).toBeVisible();
  await expect(journeyQuestion(page).getByTestId('mark-answer')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'question answered, answer marked');
  await logOut(page);
});

test('another town’s coordinator takes the practice up and transfers it; the practice shows where it travelled', async ({
  page,
}, testInfo) => {
  await logIn(page, 'coordinator-tartu');
  await page.goto(practicePath);
  // the asking town gets its answer, marked as such
  await dismissToasts(page);
  await journeyQuestion(page).getByTestId('toggle-replies').click();
  const answer = journeyQuestion(page).getByTestId('post-reply').filter({ hasText: names.answer });
  await expect(answer.getByTestId('answer-badge')).toBeVisible();
  await expectAccessible(page, testInfo, 'the asking town reads the marked answer');
  await expect(page.getByTestId('transfers-empty')).toBeVisible();
  await expect(page.getByTestId('edit-practice')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'practice, another town may register interest');
  await dismissToasts(page);
  // by keyboard: Tab to the button, Enter opens the form with the focus in its note
  await tabTo(page, page.getByTestId('register-transfer'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('transfer-note')).toBeFocused();
  await page.keyboard.type('Tartu wants a language café at its own library.');
  await expectAccessible(page, testInfo, 'register interest form');
  await page.getByTestId('register-transfer-submit').click();
  await expect(page).toHaveURL(/\/transfers\/[0-9a-f-]+$/);
  await expect(page.getByTestId('transfer-status')).toHaveAttribute('data-status', 'INTERESTED');
  await expectAccessible(page, testInfo, 'transfer, interest registered');

  await dismissToasts(page);
  await page.getByTestId('transfer-step-ADAPTING').click();
  await page.getByTestId('transfer-initiative').selectOption({ label: 'Language café at the Tartu library' });
  await expectAccessible(page, testInfo, 'transfer, linking an initiative');
  await page.getByTestId('transfer-step-submit').click();
  await expect(page.getByTestId('transfer-status')).toHaveAttribute('data-status', 'ADAPTING');
  await expect(page.getByTestId('transfer-initiative-link')).toBeVisible();
  await expectAccessible(page, testInfo, 'transfer, adapting');

  await dismissToasts(page);
  await page.getByTestId('transfer-step-TRANSFERRED').click();
  // the step needs its text: an empty one is said so and sends nothing
  await page.getByTestId('transfer-step-submit').click();
  await expect(page.getByTestId('transfer-step-text')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('transfer-step-text').fill('Held in Estonian and Russian, on Saturday mornings.');
  await expectAccessible(page, testInfo, 'transfer, what was changed');
  await page.getByTestId('transfer-step-submit').click();
  await expect(page.getByTestId('transfer-status')).toHaveAttribute('data-status', 'TRANSFERRED');
  await expect(page.getByTestId('transfer-changes')).toContainText('Saturday mornings');
  await expect(page.getByTestId('transfer-closed')).toBeVisible();
  await expect(page.getByTestId('transfer-step-ABANDONED')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'transfer, transferred');
  await logOut(page);

  // anyone reads where the practice travelled
  await page.goto(practicePath);
  const travelled = page.locator('[data-testid="transfer-item"][data-city="tartu"]');
  await expect(travelled.getByTestId('transfer-status')).toHaveAttribute('data-status', 'TRANSFERRED');
  await expect(page.getByTestId('register-transfer')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'public practice, where it travelled');
});

test('the source town translates two fields and a visitor reads the practice in that language', async ({
  page,
}, testInfo) => {
  await logIn(page, 'coordinator-mechelen');
  await page.goto(practicePath);
  await expect(page.getByTestId('practice-translations')).toBeVisible();
  await expect(page.getByTestId('translations-empty')).toBeVisible();
  // a language neither project reads the UI in, and not the practice's original
  const language = page.getByTestId('translation-language');
  const offered = await language.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  readingLanguage = ['sl', 'lv', 'it'].find((l) => offered.includes(l)) ?? '';
  expect(readingLanguage).not.toBe('');
  await language.selectOption(readingLanguage);
  await dismissToasts(page);
  await page.getByTestId('open-translation').click();
  const form = page.getByTestId('translation-form');
  await expect(form).toHaveAttribute('data-language', readingLanguage);
  await form.getByTestId('translation-field-title').fill(names.translatedTitle);
  await form
    .getByTestId('translation-field-summary')
    .fill('Tedenska kavarna, kjer se novinci in prebivalci pogovarjajo.');
  for (const f of TEXT_SECTIONS) await form.getByTestId(`translation-field-${f}`).fill('');
  await expectAccessible(page, testInfo, 'own practice, translation form');
  await dismissToasts(page);
  await form.getByTestId('translation-save').click();
  await expect(page.getByTestId(`translation-${readingLanguage}`)).toBeVisible();
  await expect(page.getByTestId('translation-error')).toHaveCount(0);
  await dismissToasts(page);
  await expectAccessible(page, testInfo, 'own practice, translation saved');
  await logOut(page);

  // an anonymous visitor picks that language
  await page.goto(practicePath);
  await expect(page.getByTestId('practice-translations')).toHaveCount(0);
  await expect(page.getByTestId('reading-language')).toBeVisible();
  await page.getByTestId('reading-language').selectOption(readingLanguage);
  await expect(page).toHaveURL(new RegExp(`[?&]lang=${readingLanguage}`));
  const title = page.getByTestId('reading-title');
  await expect(title).toHaveText(names.translatedTitle);
  await expect(title).toHaveAttribute('lang', readingLanguage);
  for (const f of ['title', 'summary']) {
    await expect(page.getByTestId(`reading-mark-${f}`)).toHaveAttribute('data-source', 'TRANSLATED');
  }
  for (const f of TEXT_SECTIONS) {
    await expect(page.getByTestId(`reading-mark-${f}`)).toHaveAttribute('data-source', 'FALLBACK');
    await expect(page.getByTestId(`reading-${f}`)).not.toHaveAttribute('lang', readingLanguage);
  }
  await expect(page.getByTestId('reading-context')).toHaveText(practiceContext);
  await expectAccessible(page, testInfo, `public practice, read in ${readingLanguage}`);
});
