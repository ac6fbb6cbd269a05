import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { messagesOf } from './messages';

/** The password the e2e server gives every demo user (see playwright.config.ts). */
export const demoPassword = 'e2e demo password 2026';

/** A demo user's address: `user('admin')` → admin@demo.kontakt.test. */
export const user = (name: string, org: 'demo' | 'demo2' = 'demo') => `${name}@${org}.kontakt.test`;

/** Fills the sign-in form, in whatever language it shows, and submits it. */
export async function submitSignIn(page: Page, email: string, password: string) {
  const t = messagesOf(page);
  await page.goto('/sign-in');
  // The app renders once its messages are loaded and <html lang> is set: only
  // then does the page say which language to read the labels in.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel(await t('auth.email')).fill(email);
  await page.getByLabel(await t('auth.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: await t('auth.signIn') }).click();
}

/**
 * Two-factor secrets and the last TOTP step used, per demo account, kept beside
 * the e2e server's data (the same folder as playwright.config.ts picks) so that
 * every spec file of one run can sign in an account another file enrolled.
 */
const dataDir =
  process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `kontakt-e2e-${Number(process.env.E2E_PORT ?? 3917)}`);
const storePath = path.join(dataDir, 'e2e-two-factor.json');
interface TwoFactorStore {
  secrets: Record<string, string>;
  steps: Record<string, number>;
}
function readStore(): TwoFactorStore {
  try {
    return JSON.parse(readFileSync(storePath, 'utf8')) as TwoFactorStore;
  } catch {
    return { secrets: {}, steps: {} };
  }
}
function writeStore(store: TwoFactorStore) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(storePath, JSON.stringify(store));
}

/**
 * A TOTP code in a time step not used yet: the server refuses a step it has
 * already accepted but allows one step of drift, so when this 30-second step is
 * spent the code of the next one is used instead of waiting for it.
 */
export async function freshTotp(secret: string): Promise<string> {
  const store = readStore();
  const now = Math.floor(Date.now() / 1000);
  const step = Math.max(Math.floor(now / 30), (store.steps[secret] ?? -1) + 1);
  store.steps[secret] = step;
  writeStore(store);
  return generate({ secret, epoch: step * 30 + 1 });
}

function rememberSecret(email: string, secret: string) {
  const store = readStore();
  store.secrets[email] = secret;
  writeStore(store);
}

/**
 * Runs axe (WCAG 2.2 A and AA) on the page as it is and fails on any violation.
 * Legacy mode runs `axe.run` in the page itself; the default finishes each run
 * in a new blank page, which only matters for cross-origin frames (Kontakt has
 * no frames) and doubled the time of every check (~0.8 s → ~0.4 s).
 */
export async function expectNoAxeViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** Signs out through the account menu, as a person would. */
export async function signOut(page: Page) {
  const t = messagesOf(page);
  await page.getByRole('button', { name: await t('userMenu.label') }).click();
  await page.getByRole('button', { name: await t('auth.signOut') }).click();
  await expect(page.getByRole('heading', { name: await t('auth.signInTitle') })).toBeVisible();
}

/**
 * Signs in a demo admin or coordinator for the first time: enrols two-factor
 * authentication with the secret the screen shows and saves the recovery codes.
 * Returns the secret for later sign-ins.
 */
export async function signInEnrollingTwoFactor(page: Page, email: string): Promise<string> {
  const t = messagesOf(page);
  await submitSignIn(page, email, demoPassword);
  await expect(page).toHaveURL(/\/sign-in\/two-factor\/setup/);
  const secret = ((await page.locator('.secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel(await t('twoFactor.code')).fill(await freshTotp(secret));
  await page.getByRole('button', { name: await t('twoFactor.enable'), exact: true }).click();
  await page.getByText(await t('twoFactor.savedConfirm')).click();
  await page.getByRole('button', { name: await t('common.continue') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('home.title'));
  rememberSecret(email, secret);
  return secret;
}

/**
 * Signs in a demo admin or coordinator whether or not another spec file of this
 * run already enrolled their two-factor authentication (then with the secret it
 * remembered).
 */
export async function signInWithTwoFactor(page: Page, email: string): Promise<void> {
  const t = messagesOf(page);
  await submitSignIn(page, email, demoPassword);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  if (/\/setup/.test(page.url())) {
    const secret = ((await page.locator('.secret').textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel(await t('twoFactor.code')).fill(await freshTotp(secret));
    await page.getByRole('button', { name: await t('twoFactor.enable'), exact: true }).click();
    await page.getByText(await t('twoFactor.savedConfirm')).click();
    await page.getByRole('button', { name: await t('common.continue') }).click();
    rememberSecret(email, secret);
  } else {
    const secret = readStore().secrets[email];
    if (!secret) throw new Error(`${email} enrolled two-factor outside this run's e2e files`);
    await page.getByLabel(await t('twoFactor.code')).fill(await freshTotp(secret));
    await page.getByRole('button', { name: await t('twoFactor.verify') }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('home.title'));
}
