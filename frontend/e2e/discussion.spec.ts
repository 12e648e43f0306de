import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';
import { dismissToasts, expectAccessible, logIn, logOut } from './support';

// Questions and comments across towns on Mechelen's published demo practice (seeded by
// scripts/demo/discussion.mjs), in each project's language and screen: a member of Tartu asks,
// Mechelen's coordinator replies and marks the answer, a member reports a comment, the network
// admin hides it from the moderation queue with a reason, and the public no longer reads it.
// axe-core checks every state visited.

test.describe.configure({ mode: 'serial' });

const PRACTICE = 'Welcome desk run by newcomers and long-time residents';
let run = '';
let practicePath = '';

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
  await expect(page.getByTestId('discussion-section')).toBeVisible();
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 15_000 });
}

function question(page: Page): Locator {
  return page.getByTestId('post-question').filter({ hasText: `Opening hours ${run}` });
}

async function send(page: Page, testInfo: TestInfo, submit: Locator, state: string) {
  await expectAccessible(page, testInfo, state);
  await dismissToasts(page);
  await submit.click();
}

test('a member of another town asks and the source town marks the answer', async ({ page }, testInfo) => {
  run = `${testInfo.project.name}-${Date.now().toString(36)}`;
  await page.goto('/');
  await openPractice(page);
  await expect(page.getByTestId('ask-question')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'practice discussion, anonymous');

  await logIn(page, 'member-tartu');
  await openPractice(page);
  await page.getByTestId('ask-question').click();
  await page.getByTestId('question-title').fill(`Opening hours ${run}`);
  await page
    .getByTestId('question-body')
    .fill('Which hours did the visitors prefer? a < b stays text; see https://example.org/hours');
  await send(page, testInfo, page.getByTestId('question-submit'), 'discussion: question form');
  await expect(question(page)).toBeVisible();
  await expect(question(page).getByTestId('post-body')).toContainText('a < b stays text');
  await expect(question(page).getByRole('link', { name: 'https://example.org/hours' })).toHaveAttribute(
    'rel',
    'nofollow noopener noreferrer',
  );
  await expect(question(page).locator('b')).toHaveCount(0);
  await expect(question(page).getByTestId('mark-answer')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'discussion: question asked');
  await logOut(page);

  await logIn(page, 'coordinator-mechelen');
  await openPractice(page);
  await question(page).getByTestId('reply-button').click();
  await question(page).getByTestId('reply-body').fill(`Wednesday afternoons, by far (${run}).`);
  await send(page, testInfo, question(page).getByTestId('reply-submit'), 'discussion: reply form');
  await expect(question(page).getByTestId('question-replies')).toContainText(run);
  await dismissToasts(page);
  await question(page).getByTestId('post-reply').first().getByTestId('mark-answer').click();
  await expect(question(page).getByTestId('answer-badge')).toBeVisible();
  await expect(question(page).getByTestId('mark-answer')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'discussion: answer marked');
  await logOut(page);
});

test('a reported comment is hidden by the network admin and the public no longer reads it', async ({
  page,
}, testInfo) => {
  const text = `Off-topic remark ${run}`;
  await logIn(page, 'member-mechelen-3');
  await openPractice(page);
  await page.getByTestId('comment-body').fill(text);
  await send(page, testInfo, page.getByTestId('comment-submit'), 'discussion: comment form');
  const comment = page.getByTestId('post-comment').filter({ hasText: text });
  await expect(comment).toBeVisible();
  await expect(comment.getByTestId('report-button')).toHaveCount(0);
  await logOut(page);

  await logIn(page, 'member-tartu-3');
  await openPractice(page);
  await comment.getByTestId('report-button').click();
  await comment.getByTestId('report-reason').fill('Not about the practice.');
  await send(page, testInfo, comment.getByTestId('report-submit'), 'discussion: report form');
  await expect(comment.getByTestId('report-form')).toHaveCount(0);
  await logOut(page);

  await logIn(page, 'network-admin');
  // the admin navigation: in the header, or behind the burger on a phone
  const phone = testInfo.project.name === 'de-phone';
  if (phone) await page.getByTestId('burger').click();
  await (phone ? page.locator('#mobile-nav') : page).getByTestId('nav-moderation').click();
  await expect(page).toHaveURL(/\/moderation$/);
  const item = page.getByTestId('moderation-item').filter({ hasText: text });
  await expect(item).toBeVisible();
  await expect(item.getByTestId('moderation-reports')).toContainText('Not about the practice.');
  await expectAccessible(page, testInfo, 'moderation queue');
  await item.getByTestId('hide-button').click();
  await item.getByTestId('hide-reason').fill(`Off topic (${run}).`);
  await send(page, testInfo, item.getByTestId('hide-submit'), 'moderation: hide form');
  await expect(page.getByTestId('moderation-item').filter({ hasText: text })).toHaveCount(0);
  await expectAccessible(page, testInfo, 'moderation queue after hiding');

  // the admin still reads it, with the reason; the public sees the notice only
  await openPractice(page);
  const hidden = page.getByTestId('post-comment').filter({ hasText: text });
  await expect(hidden.getByTestId('hidden-badge')).toBeVisible();
  await expect(hidden.getByTestId('moderation-reason')).toContainText(run);
  await expect(hidden.getByTestId('restore-button')).toBeVisible();
  await logOut(page);

  await openPractice(page);
  await expect(page.getByText(text)).toHaveCount(0);
  await expect(page.getByTestId('post-hidden').first()).toBeVisible();
  await expectAccessible(page, testInfo, 'practice discussion, hidden comment');
});
