import { expect, type Page, test } from '@playwright/test';
import { message, messagesOf } from './messages';
import { demoPassword, expectNoAxeViolations, freshTotp, signOut, submitSignIn, user } from './support';

// The platform's journey as a new organisation lives it: the admin's first
// sign-in with two-factor enrolment, a new colleague's account with a one-time
// password, that colleague's first sign-in, a screen the colleague's role does
// not include, and a language switch. One browser page, in order. The Warsaw
// demo organisation works in Polish, so screens are found by their catalogue words.
test.describe.configure({ mode: 'serial' });

let page: Page;
let t: ReturnType<typeof messagesOf>;
let adminSecret = '';
let oneTimePassword = '';
const newUserEmail = `new.worker.${Date.now()}@demo.kontakt.test`;
const newUserPassword = 'sunflower harbour quietly 42';

test.beforeAll(async ({ browser }) => {
  // axe needs a page of a context made with newContext().
  const context = await browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  t = messagesOf(page);
});
test.afterAll(async () => {
  await page.context().close();
});

test('a wrong password is refused without saying whether the account exists', async () => {
  await submitSignIn(page, user('admin'), 'not the password at all');
  const known = await page.getByRole('alert').textContent();
  await submitSignIn(page, 'nobody@demo.kontakt.test', 'not the password at all');
  const unknown = await page.getByRole('alert').textContent();
  expect(known).toBe(unknown);
  await expectNoAxeViolations(page, 'sign-in with an error');
});

test('the admin signs in and must enrol two-factor authentication', async () => {
  await submitSignIn(page, user('admin'), demoPassword);
  await expect(page).toHaveURL(/\/sign-in\/two-factor\/setup/);
  // The account's language (Polish) takes over from the browser's once signed in.
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('heading', { name: await t('twoFactor.enrolTitle') })).toBeVisible();
  const secret = ((await page.locator('.secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  adminSecret = secret;
  await expectNoAxeViolations(page, 'two-factor enrolment');

  await page.getByLabel(await t('twoFactor.code')).fill(await freshTotp(adminSecret));
  await page.getByRole('button', { name: await t('twoFactor.enable'), exact: true }).click();
  await expect(page.getByRole('heading', { name: await t('twoFactor.recoveryTitle') })).toBeVisible();
  await expect(page.locator('.code-list li')).toHaveCount(10);
  await expectNoAxeViolations(page, 'recovery codes');
  const next = page.getByRole('button', { name: await t('common.continue') });
  await expect(next).toBeDisabled();
  await page.getByText(await t('twoFactor.savedConfirm')).click();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('home.title'));
  await expectNoAxeViolations(page, 'home');
});

test('the next sign-in asks for a code from the app', async () => {
  await signOut(page);
  await submitSignIn(page, user('admin'), demoPassword);
  await expect(page.getByRole('heading', { name: await t('twoFactor.verifyTitle') })).toBeVisible();
  await expectNoAxeViolations(page, 'two-factor sign-in');
  await page.getByLabel(await t('twoFactor.code')).fill(await freshTotp(adminSecret));
  await page.getByRole('button', { name: await t('twoFactor.verify') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('home.title'));
});

test('the admin creates a user and is shown a one-time password once', async () => {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: await t('nav.users') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('nav.users'));
  await page.getByRole('button', { name: await t('users.new') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(await t('users.displayName')).fill('Nowa Pracowniczka');
  await dialog.getByLabel(await t('auth.email')).fill(newUserEmail);
  await dialog.getByText(await t('roles.outreach'), { exact: true }).click();
  await expectNoAxeViolations(page, 'new user dialog');
  await dialog.getByRole('button', { name: await t('users.create') }).click();
  const shown = page.locator('.otp');
  await expect(shown).toBeVisible();
  oneTimePassword = ((await shown.textContent()) ?? '').trim();
  expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
  await expectNoAxeViolations(page, 'one-time password');
  await page.getByRole('button', { name: await t('common.done') }).click();
  await expect(page.getByRole('cell', { name: newUserEmail })).toBeVisible();
});

test('the new user signs in with it and must choose a password', async () => {
  await signOut(page);
  await submitSignIn(page, newUserEmail, oneTimePassword);
  await expect(page.getByRole('heading', { name: await t('auth.passwordChangeTitle') })).toBeVisible();
  await expectNoAxeViolations(page, 'first-sign-in password change');
  await page.getByLabel(await t('auth.oneTimePassword')).fill(oneTimePassword);
  await page.getByLabel(await t('auth.newPassword'), { exact: true }).fill(newUserPassword);
  await page.getByLabel(await t('auth.confirmPassword')).fill(newUserPassword);
  await page.getByRole('button', { name: await t('auth.savePassword') }).click();
  await expect(page.getByText(await t('home.welcome', { name: 'Nowa Pracowniczka' }))).toBeVisible();

  // The one-time password no longer works; the chosen one does.
  await signOut(page);
  await submitSignIn(page, newUserEmail, oneTimePassword);
  await expect(page.getByRole('alert')).toBeVisible();
  await submitSignIn(page, newUserEmail, newUserPassword);
  await expect(page.getByText(await t('home.welcome', { name: 'Nowa Pracowniczka' }))).toBeVisible();
});

test('a screen outside the role is refused in place, and its link is not offered', async () => {
  await expect(page.getByRole('navigation').getByRole('link', { name: await t('nav.users') })).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: await t('noAccess.title') })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expectNoAxeViolations(page, 'no access');
});

test('the language switch changes the whole screen and is remembered on the account', async () => {
  await page.goto('/');
  for (const locale of ['cs', 'uk', 'en', 'pl'] as const) {
    await page
      .getByRole('banner')
      .getByLabel(await t('language.label'))
      .selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(locale, 'home.title'));
    await expect(
      page.getByRole('navigation').getByRole('link', { name: message(locale, 'nav.account') }),
    ).toBeVisible();
  }
  // The account saves the choice with PATCH /api/me: wait for it, or the other
  // device could sign in before it lands and follow the previous language.
  const saved = page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/me') && r.request().method() === 'PATCH' && r.request().postDataJSON()?.locale === 'uk',
  );
  await page
    .getByRole('banner')
    .getByLabel(await t('language.label'))
    .selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  expect((await saved).ok()).toBe(true);
  // Another device (a fresh browser) follows the account's choice after sign-in.
  const other = await page.context().browser()!.newContext({ locale: 'en-GB' });
  const phone = await other.newPage();
  await submitSignIn(phone, newUserEmail, newUserPassword);
  await expect(phone.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(message('uk', 'home.title'));
  await other.close();
});
