import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Locale, message } from './messages';
import { choose, expectNoSidewaysScroll, signIn } from './outreach-steps';
import { expectNoAxeViolations } from './support';

// Beds and housing (S3 step 2) in the Warsaw demo: the receptionist places
// Mira from the waiting list into re-adaptation flat 2, sees her on the board
// and off the list, is refused a second person in the same place on the same
// days, and ends Pan Zdzisław's stay in flat 1; the occupancy history is read
// per day and per week. axe runs on the board, the place dialog and the
// history in Polish on a desktop and in Ukrainian at 360 px; an outreach
// worker then finds the stay on Mira's page.

const flat1 = 'Mieszkanie readaptacyjne 1';
const flat2 = 'Mieszkanie readaptacyjne 2';
const mira = 'Mira z Wileńskiego';
const zdzislaw = 'Pan Zdzisław';
const place1 = 'Miejsce 1';

/** A day in the demo organisation's zone, `offset` days from today. */
const warsawDay = (offset = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(Date.now() + offset * 86_400_000));

/** The board's card of a bed or room (a list item named by its label). */
const unitCard = (page: Page, locale: Locale, label: string) =>
  page
    .getByRole('region', { name: message(locale, 'housing.boardTitle') })
    .getByRole('listitem', { name: label, exact: true });

/** A form field (its label, input and messages) by the label's text. */
const field = (scope: Locator, page: Page, label: string) =>
  scope.locator('.field').filter({ has: page.locator('.field-label').getByText(label, { exact: true }) });

/** Switches the UI language in the header and waits until the account has saved it. */
async function setLocale(page: Page, locale: Locale) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByRole('banner').getByRole('combobox').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  expect((await saved).ok()).toBe(true);
}

test('the desk places a person from the waiting list, is refused a double booking and ends a stay', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);

  await signIn(page, 'reception', 'pl');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: pl('nav.housing') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('nav.housing'));
  await choose(page, page, pl('housing.site'), flat2);
  await expect(page).toHaveURL(/\/housing\?site=[0-9a-f-]{36}$/);
  await expect(unitCard(page, 'pl', place1)).toContainText(pl('housing.free'));
  const waiting = page.getByRole('region', { name: pl('housing.waitingTitle') });
  await expect(waiting.getByRole('listitem').filter({ hasText: mira })).toContainText(pl('housing.priorities.urgent'));
  await expectNoAxeViolations(page, 'beds board (pl)');

  // Mira from the waiting list into the flat's first place, from today for three months.
  await waiting.getByRole('button', { name: pl('housing.placeNamed', { name: mira }) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: pl('housing.placeTitle') })).toBeVisible();
  await expect(dialog.getByText(mira, { exact: true })).toBeVisible();
  await expect(field(dialog, page, pl('housing.unit')).getByRole('button')).toContainText(
    pl('housing.unitOptionFree', { label: place1 }),
  );
  await field(dialog, page, pl('housing.plannedEndOn')).locator('input').fill(warsawDay(90));
  await expectNoAxeViolations(page, 'place dialog (pl)');
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/placements') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: pl('housing.place'), exact: true }).click();
  const miraId = ((await (await answer).json()) as { clientId: string }).clientId;
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: mira })).toHaveText(
    pl('housing.placedNotice', { name: mira, unit: place1 }),
  );
  await expect(unitCard(page, 'pl', place1)).toContainText(mira);
  await expect(waiting).toContainText(pl('housing.nobodyWaiting'));

  // Roksana into the same place on overlapping days: the database refuses it, said on the unit field.
  await page.getByRole('button', { name: pl('housing.placePerson'), exact: true }).click();
  await dialog.getByRole('searchbox', { name: pl('contacts.findPerson') }).fill('Roksana');
  await dialog.getByRole('button', { name: 'Roksana' }).click();
  await choose(page, dialog, pl('housing.unit'), pl('housing.unitOptionTaken', { label: place1 }));
  await field(dialog, page, pl('housing.startOn')).locator('input').fill(warsawDay(7));
  await dialog.getByRole('button', { name: pl('housing.place'), exact: true }).click();
  const unitField = field(dialog, page, pl('housing.unit'));
  await expect(unitField.locator('.field-error')).toHaveText(pl('validation.unit_taken'));
  await expect(unitField.getByRole('button')).toBeFocused();
  await expectNoAxeViolations(page, 'place dialog with the double booking refused (pl)');
  await dialog.getByRole('button', { name: pl('common.cancel') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(unitCard(page, 'pl', place1)).not.toContainText('Roksana');

  // Flat 1: Pan Zdzisław has found a flat of his own; his stay ends today.
  await choose(page, page, pl('housing.site'), flat1);
  await unitCard(page, 'pl', place1)
    .getByRole('button', { name: pl('housing.endStayNamed', { name: zdzislaw }) })
    .click();
  await choose(page, dialog, pl('housing.outcome'), pl('housing.outcomes.independent_housing'));
  await dialog.getByRole('button', { name: pl('housing.endStay'), exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: zdzislaw })).toHaveText(
    pl('housing.endedNotice', { name: zdzislaw }),
  );
  await expect(unitCard(page, 'pl', place1)).toContainText(pl('housing.free'));
  await expect(
    page
      .getByRole('table', { name: pl('housing.pastTitle') })
      .getByRole('row')
      .filter({ hasText: zdzislaw }),
  ).toContainText(pl('housing.outcomes.independent_housing'));

  // The occupancy history: yesterday the place was taken, today it is free; then per week.
  const history = page.getByRole('region', { name: pl('housing.historyTitle') });
  const days = history.getByRole('table');
  await expect(days.getByRole('row').nth(-2).getByRole('cell').first()).toHaveText('1');
  await expect(days.getByRole('row').nth(-1).getByRole('cell').first()).toHaveText('0');
  await history.locator('.chip').getByText(pl('housing.perWeek'), { exact: true }).click();
  await expect(page).toHaveURL(/by=week/);
  await expect(history.getByRole('columnheader', { name: pl('housing.bedNights') })).toBeVisible();
  await expectNoAxeViolations(page, 'occupancy history per week (pl)');

  // In Ukrainian on a 360 px phone: the board with its history, and the place dialog.
  await setLocale(page, 'uk');
  try {
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('uk', 'nav.housing'));
    await expect(page.getByRole('region', { name: message('uk', 'housing.historyTitle') })).toBeVisible();
    await expectNoAxeViolations(page, 'beds board and history (uk, 360 px)');
    await expectNoSidewaysScroll(page, 'beds board (uk, 360 px)');
    await page.getByRole('button', { name: message('uk', 'housing.placeInNamed', { unit: place1 }) }).click();
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'place dialog (uk, 360 px)');
    await expectNoSidewaysScroll(page, 'place dialog (uk, 360 px)');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  } finally {
    // The account speaks Polish again for the other files of the run.
    await page.setViewportSize({ width: 1280, height: 900 });
    await setLocale(page, 'pl');
  }
  await context.close();

  // Mira's stay on her page, for a role that reads people and housing.
  const outreach = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(outreach, 'outreach', 'pl');
  await outreach.goto(`/clients/${miraId}`);
  const stays = outreach.getByRole('table', { name: pl('housing.clientStays') });
  await expect(stays.getByRole('row').filter({ hasText: flat2 })).toContainText(pl('housing.statuses.current'));
  await expect(stays.getByRole('row').filter({ hasText: flat2 })).toContainText(place1);
  // And on her timeline: moving into the flat, beside her outreach contacts.
  const timeline = outreach.getByRole('region', { name: pl('timeline.title') });
  await expect(
    timeline
      .getByRole('listitem')
      .filter({ hasText: pl('timeline.kinds.stay_started') })
      .filter({ hasText: flat2 })
      .last(),
  ).toContainText(place1);
  await outreach.context().close();
});
