import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** WCAG 2.1 level A and AA, the Web Accessibility Directive's bar. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per checked page state, for the figures in the report (see scripts/e2e.mjs). */
export const AXE_LOG = path.join(tmpdir(), 'cohesion-playwright', 'axe-states.jsonl');

/**
 * Runs axe-core on the page as it is now and fails on any WCAG 2.1 A/AA violation. It waits
 * until no loading placeholder is left and transitions (toasts, menus) have settled.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo, state: string) {
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(350);
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  mkdirSync(path.dirname(AXE_LOG), { recursive: true });
  appendFileSync(
    AXE_LOG,
    `${JSON.stringify({ project: testInfo.project.name, state, url: page.url(), violations: violations.length })}\n`,
  );
  expect(violations, `axe-core WCAG 2.1 AA violations on "${state}" (${page.url()})`).toEqual([]);
}

/** Presses Tab until `target` has the focus (keyboard-only navigation without counting stops). */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The focused element shows a visible outline (WCAG 2.4.7). */
export async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'none';
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).not.toMatch(/^none|\s0px$/);
}

export async function logIn(page: Page, username: string) {
  await page.goto('/');
  await page.getByTestId('login-button').click();
  // Keycloak's own login page: the SPA never sees the password.
  await expect(page).toHaveURL(/\/realms\/cohesion\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function logOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout-button').click();
  await expect(page.getByTestId('login-button')).toBeVisible();
}

/**
 * Closes the toasts with their named close buttons, as a user would before going on: on a phone a
 * toast sits over the bottom of the form, and a pointer resting on it pauses its auto-close.
 */
export async function dismissToasts(page: Page) {
  const close = page.locator('.mantine-Notifications-notification button');
  while ((await close.count()) > 0) {
    // a toast that closes by itself meanwhile needs no click
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
  }
}

/** GreenMail's REST API of the local run (see README "local-stack"): the mail the platform sent. */
const MAIL_API = 'http://127.0.0.1:8025';

export interface ReceivedMail {
  subject: string;
  /** The raw message, headers and body, with quoted-printable decoded (links are readable). */
  text: string;
}

function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(joined[i]));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/**
 * Waits until a mail for `address` has arrived (one that `wanted` accepts, when given) and returns
 * them all, oldest first. The mailbox outlives a test: earlier runs' mail may already be there.
 */
export async function receivedMail(
  address: string,
  wanted: (mail: ReceivedMail) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${MAIL_API}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
    if (response.ok) {
      const messages = (await response.json()) as { subject: string; mimeMessage: string }[];
      const mails = messages.map((m) => ({ subject: m.subject, text: decodeQuotedPrintable(m.mimeMessage) }));
      if (mails.some(wanted)) return mails;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no mail arrived for ${address} within ${timeoutMs} ms`);
}
