import { type Browser, expect, type Locator, type Page } from '@playwright/test';
import { catalogueLabel, type Locale, message, messagePattern, messagesOf, pageLocale } from './messages';
import { demoPassword, expectNoAxeViolations, submitSignIn, user } from './support';

/**
 * Steps of the outreach journeys, each on the page it is given: pick from a
 * select, tap steppers and chips, open optional parts, plan and start a shift,
 * record a card in its screens. The specs compose them.
 */

/** A catalogue label as the page shows it (with the unit where it is not "piece"). */
export async function material(page: Page, key: string): Promise<string> {
  const locale = await pageLocale(page);
  const name = catalogueLabel(locale, 'material', key);
  const units: Record<string, string> = { food: 'portion', socks: 'pair', hot_drink: 'portion' };
  const unit = units[key];
  return unit ? message(locale, 'outreach.materialWithUnit', { name, unit: message(locale, `units.${unit}`) }) : name;
}

export async function newContext(browser: Browser, viewport: { width: number; height: number }) {
  // The browser says English; each account's own language takes over after sign-in.
  const locale = 'en-GB';
  const context = await browser.newContext({ locale, viewport });
  return context.newPage();
}

/** Signs a demo user in without two-factor and waits for their account's language. */
export async function signIn(page: Page, name: string, locale: Locale) {
  await submitSignIn(page, user(name), demoPassword);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(locale, 'home.title'));
}

/** Picks an option of a react-aria select by the select's label and the option's text. */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope
    .locator('.field')
    .filter({ has: page.locator('.field-label').getByText(label, { exact: true }) })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Taps a stepper's + button `times` times (the field is never typed into). */
export async function stepUp(page: Page, label: string, times: number) {
  const t = messagesOf(page);
  const plus = page.getByRole('button', { name: await t('stepper.more', { name: label }), exact: true });
  for (let i = 0; i < times; i++) await plus.click();
  await expect(page.getByRole('textbox', { name: label, exact: true })).toHaveValue(String(times));
}

/** Opens an optional part of the contact form by its title. */
export async function openPart(page: Page, title: string | RegExp) {
  await page
    .locator('summary')
    .filter({ has: page.locator('.disclosure-title').getByText(title, { exact: true }) })
    .click();
}

/** Opens "more materials (n)". */
export async function openMoreMaterials(page: Page) {
  await openPart(page, messagePattern(await pageLocale(page), 'contacts.moreMaterials'));
}

/** Taps a chip (service, topic, spot) by its text. */
export async function tapChip(page: Page, label: string) {
  await page.locator('.chip').getByText(label, { exact: true }).click();
}

/** The phone layout must not scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} is wider than the screen`).toBeLessThanOrEqual(0);
}

/** axe from the top of the page (a sticky header would otherwise cover targets). */
export async function axeFromTop(page: Page, where: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page, where);
}

/** The screen as a person sees it: its address and its heading. */
export async function screenOf(page: Page): Promise<string> {
  const url = new URL(page.url());
  return `${url.pathname}${url.search} · ${await page.getByRole('heading', { level: 1 }).textContent()}`;
}

/**
 * Plans a shift through the dialog and returns its page's path. Team, date,
 * times and channel keep their defaults unless given.
 */
export async function planShift(
  page: Page,
  plan: {
    team?: string;
    channel?: string;
    area: string;
    spots: string[];
    members?: { add?: string[]; remove?: string[] };
  },
) {
  const t = messagesOf(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: await t('nav.shifts') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('nav.shifts'));
  await page.getByRole('button', { name: await t('shifts.planTitle') }).click();
  const dialog = page.getByRole('dialog');
  if (plan.team) await choose(page, dialog, await t('shifts.team'), plan.team);
  if (plan.channel) await choose(page, dialog, await t('shifts.channel'), plan.channel);
  await choose(page, dialog, await t('shifts.area'), plan.area);
  for (const spot of plan.spots) await dialog.getByText(spot, { exact: true }).click();
  for (const name of [...(plan.members?.add ?? []), ...(plan.members?.remove ?? [])])
    await dialog.getByText(name, { exact: true }).click();
  return dialog;
}

export async function submitPlan(page: Page) {
  const t = messagesOf(page);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: await t('shifts.plan') })
    .click();
  await expect(page).toHaveURL(/\/shifts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('shifts.shiftTitle'));
  await expect(page.locator('.facts').first()).toContainText(await t('shifts.statuses.planned'));
  return new URL(page.url()).pathname;
}

export async function startShift(page: Page) {
  const t = messagesOf(page);
  await page.getByRole('button', { name: await t('shifts.start') }).click();
  await expect(page.locator('.facts').first()).toContainText(await t('shifts.statuses.open'));
}

/** From the shift page: "record a contact", then the first screen. */
export async function openRecording(page: Page) {
  const t = messagesOf(page);
  await page.getByRole('link', { name: await t('contacts.record') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('contacts.whoTitle'));
}

/** Saves the contact and checks the shift page says so. */
export async function saveContact(page: Page, kind: 'first' | 'repeat' | 'anonymous') {
  const t = messagesOf(page);
  await page.getByRole('button', { name: await t('contacts.save') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('shifts.shiftTitle'));
  await expect(page.getByRole('status').filter({ hasText: await t(`contacts.savedKinds.${kind}`) })).toBeVisible();
}

/**
 * A repeat contact: search → person → tap the materials → save. Counts the
 * screens the worker passes through (at most three: who, what, saved) and checks
 * that the search is the only thing typed.
 */
export async function recordRepeatContact(
  page: Page,
  search: string,
  pseudonym: string,
  materials: [string, number][],
) {
  const t = messagesOf(page);
  const screens: string[] = [];
  const typed: string[] = [];
  const note = async () => {
    const now = await screenOf(page);
    if (screens.at(-1) !== now) screens.push(now);
  };
  await openRecording(page);
  await note();
  const box = page.getByRole('searchbox', { name: await t('contacts.findPerson') });
  await box.fill(search);
  typed.push(search);
  await page.getByRole('button', { name: pseudonym }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('contacts.cardTitles.repeat'));
  await expect(page.locator('.lead')).toHaveText(pseudonym);
  // Titles never carry a nickname (task switchers, history).
  expect(await page.title()).not.toContain(pseudonym);
  await note();
  for (const [label, times] of materials) await stepUp(page, label, times);
  await saveContact(page, 'repeat');
  await note();
  expect(screens, screens.join('\n')).toHaveLength(3);
  expect(typed).toEqual([search]);
  return screens;
}
