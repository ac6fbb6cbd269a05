import { expect, type Locator, type Page, test } from '@playwright/test';
import { catalogueLabel, type Locale, message, pluralMessage } from './messages';
import { choose, expectNoSidewaysScroll, signIn } from './outreach-steps';
import { demoPassword, expectNoAxeViolations, submitSignIn, user } from './support';

// The reception desk (S1 step 4, S3 step 1): at the Warsaw sanitary point the
// receptionist adds a person and checks them in with a shower and laundry,
// sees the occupancy go up, is told the person is in already on a second
// check-in, adds a meal, checks them out and counts three anonymous guests;
// an outreach worker then finds the visit on the person's page. The Prague
// receptionist does a head count with the keyboard alone on a 360 px phone.

const sanitaryPoint = 'Punkt sanitarny Praga';

/** "Places taken: n of c" of the desk's occupancy panel, as a number. */
async function placesTaken(page: Page, locale: Locale): Promise<number> {
  const line = page.locator('.occupancy-line').first();
  const pattern = message(locale, 'reception.placesTaken', { present: '(\\d+)', capacity: '\\d+' });
  await expect(line).toHaveText(new RegExp(`^${pattern}$`));
  return Number(new RegExp(pattern).exec((await line.textContent()) ?? '')?.[1]);
}

async function expectPlacesTaken(page: Page, locale: Locale, present: number) {
  await expect(page.locator('.occupancy-line').first()).toHaveText(
    new RegExp(`^${message(locale, 'reception.placesTaken', { present: String(present), capacity: '\\d+' })}$`),
  );
}

/** One of the day's figures (visits, people, anonymous, in now). */
const figure = (page: Page, label: string) =>
  page
    .locator('.figure')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');

/** The indoor statistics of a period as the screen shows them: check-ins, anonymous guests, times a service was used. */
async function indoorFigures(page: Page, service: string) {
  const pl = (key: string) => message('pl', key);
  const value = async (label: string) => {
    await expect(figure(page, label)).toHaveText(/^\d+$/);
    return Number(await figure(page, label).textContent());
  };
  const times = page
    .getByRole('table', { name: pl('indoorStats.servicesCaption') })
    .getByRole('row')
    .filter({ hasText: service })
    .getByRole('cell');
  const checkIns = await value(pl('indoorStats.checkIns'));
  return {
    checkIns,
    anonymous: await value(pl('indoorStats.anonymous')),
    service: (await times.count()) ? Number(await times.textContent()) : 0,
  };
}

/** Taps a chip (a service, who) by its text and checks that it is on. */
async function tap(scope: Locator, role: 'checkbox' | 'radio', label: string) {
  await scope.locator('.chip').getByText(label, { exact: true }).click();
  await expect(scope.getByRole(role, { name: label, exact: true })).toBeChecked();
}

/** The day sheet's row of a visitor. */
const row = (page: Page, locale: Locale, who: string) =>
  page
    .getByRole('table', { name: message(locale, 'reception.daySheet') })
    .getByRole('row')
    .filter({ hasText: who });

test('a receptionist checks a person in and out with services, and counts anonymous guests', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);
  const shower = catalogueLabel('pl', 'service', 'shower');
  const laundry = catalogueLabel('pl', 'service', 'laundry');
  const meal = catalogueLabel('pl', 'service', 'meal');
  const pseudonym = `Recepcja ${Date.now().toString(36)}`;

  await signIn(page, 'reception', 'pl');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: pl('nav.reception') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('nav.reception'));
  await choose(page, page, pl('reception.site'), sanitaryPoint);
  await expect(page).toHaveURL(/\/reception\?site=[0-9a-f-]{36}$/);
  const before = await placesTaken(page, 'pl');
  const anonymousBefore = Number(await figure(page, pl('reception.totals.anonymous')).textContent());
  await expectNoAxeViolations(page, 'reception desk (pl)');
  // Today's statistics of this site, in a second tab, to compare after the desk's work.
  const siteId = new URL(page.url()).searchParams.get('site');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
  const stats = await context.newPage();
  await stats.goto(`/indoor/statistics?from=${today}&to=${today}&site=${siteId}`);
  await expect(stats.getByRole('heading', { level: 1 })).toHaveText(pl('indoorStats.title'));
  const statsBefore = await indoorFigures(stats, shower);
  // Back to the desk: a tab left behind is throttled by the browser.
  await page.bringToFront();

  // A new person, added from the desk with a temporary code, then checked in with a shower and laundry.
  const desk = page.getByRole('region', { name: pl('reception.checkInTitle') });
  await desk.getByRole('button', { name: pl('reception.newPerson') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(pl('clients.pseudonym')).fill(pseudonym);
  await dialog.getByText(pl('clients.temporaryCode'), { exact: true }).click();
  await dialog.getByRole('button', { name: pl('clients.create') }).click();
  await dialog.getByRole('button', { name: pl('common.continue') }).click();
  await expect(desk.getByText(pseudonym, { exact: true })).toBeVisible();
  await tap(desk, 'checkbox', shower);
  await tap(desk, 'checkbox', laundry);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/visits') && r.request().method() === 'POST');
  await desk.getByRole('button', { name: pl('reception.checkIn'), exact: true }).click();
  const clientId = ((await (await answer).json()) as { clientId: string }).clientId;
  await expect(desk.getByRole('status')).toHaveText(pl('reception.checkedIn', { name: pseudonym }));
  await expectPlacesTaken(page, 'pl', before + 1);
  await expect(row(page, 'pl', pseudonym)).toContainText(`${shower} i ${laundry}`);
  // The search box is ready for the next person.
  await expect(desk.getByRole('searchbox', { name: pl('contacts.findPerson') })).toBeFocused();

  // The same person again, found by nickname: they are in already.
  await desk.getByRole('searchbox', { name: pl('contacts.findPerson') }).fill(pseudonym);
  await desk.getByRole('button', { name: pseudonym }).click();
  await desk.getByRole('button', { name: pl('reception.checkIn'), exact: true }).click();
  await expect(desk.getByRole('alert')).toHaveText(pl('reception.alreadyIn', { name: pseudonym }));
  await expectPlacesTaken(page, 'pl', before + 1);
  await desk.getByRole('button', { name: pl('reception.changePerson') }).click();

  // A meal later on, from the day sheet.
  await row(page, 'pl', pseudonym)
    .getByRole('button', { name: pl('reception.addServicesNamed', { name: pseudonym }) })
    .click();
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'add-services dialog (pl)');
  await tap(dialog, 'checkbox', meal);
  await dialog.getByRole('button', { name: pl('reception.addServices') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row(page, 'pl', pseudonym)).toContainText(`${shower}, ${laundry} i ${meal}`);

  // Out: the place is free again.
  await row(page, 'pl', pseudonym)
    .getByRole('button', { name: pl('reception.checkOutNamed', { name: pseudonym }) })
    .click();
  await expect(row(page, 'pl', pseudonym).getByRole('button')).toHaveCount(0);
  await expectPlacesTaken(page, 'pl', before);

  // Three people who give no name.
  await tap(desk, 'radio', pl('reception.anonymous'));
  const more = desk.getByRole('button', { name: pl('stepper.more', { name: pl('reception.headCount') }) });
  await more.click();
  await more.click();
  await desk.getByRole('button', { name: pl('reception.checkIn'), exact: true }).click();
  await expect(desk.getByRole('status')).toHaveText(pluralMessage('pl', 'reception.checkedInAnonymous', 3));
  await expectPlacesTaken(page, 'pl', before + 3);
  await expect(row(page, 'pl', pluralMessage('pl', 'reception.anonymousPeople', 3))).toHaveCount(1);
  await expect(figure(page, pl('reception.totals.anonymous'))).toHaveText(String(anonymousBefore + 3));

  // Every site at a glance.
  await page.getByRole('link', { name: pl('reception.allSites') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('reception.occupancyTitle'));
  await expect(page.getByRole('listitem').filter({ hasText: sanitaryPoint })).toContainText(
    pl('reception.placesTaken', { present: String(before + 3), capacity: '6' }),
  );
  await expectNoAxeViolations(page, 'occupancy (pl)');
  // The statistics count the two check-ins (one a head count of three) and the shower.
  await stats.bringToFront();
  await stats.reload();
  expect(await indoorFigures(stats, shower)).toEqual({
    checkIns: statsBefore.checkIns + 2,
    anonymous: statsBefore.anonymous + 3,
    service: statsBefore.service + 1,
  });
  await context.close();

  // The visit on the person's page, for a role that reads people.
  const outreach = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(outreach, 'outreach', 'pl');
  await outreach.goto(`/clients/${clientId}`);
  const visits = outreach.getByRole('table', { name: pl('reception.clientVisits') });
  await expect(visits.getByRole('row').nth(1)).toContainText(sanitaryPoint);
  await expect(visits.getByRole('row').nth(1)).toContainText(`${shower}, ${laundry} i ${meal}`);
  await outreach.context().close();
});

test('the desk works with the keyboard alone on a 360 px phone, in Czech', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cs = (key: string, vars?: Record<string, string>) => message('cs', key, vars);
  await submitSignIn(page, user('reception', 'demo2'), demoPassword);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
  await page.goto('/reception');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('nav.reception'));
  const before = await placesTaken(page, 'cs');
  await expectNoAxeViolations(page, 'reception desk (cs, 360 px)');
  await expectNoSidewaysScroll(page, 'reception desk (cs, 360 px)');

  // A head count of three with a phone charge, by keyboard only.
  const desk = page.getByRole('region', { name: cs('reception.checkInTitle') });
  await desk.getByRole('radio', { name: cs('reception.knownPerson') }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(desk.getByRole('radio', { name: cs('reception.anonymous') })).toBeChecked();
  await desk.getByRole('textbox', { name: cs('reception.headCount') }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(desk.getByRole('textbox', { name: cs('reception.headCount') })).toHaveValue('3');
  await desk.getByRole('checkbox', { name: catalogueLabel('cs', 'service', 'phone_charging'), exact: true }).focus();
  await page.keyboard.press('Space');
  await desk.getByRole('button', { name: cs('reception.checkIn'), exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(desk.getByRole('status')).toHaveText(pluralMessage('cs', 'reception.checkedInAnonymous', 3));
  await expectPlacesTaken(page, 'cs', before + 3);
  await expectNoSidewaysScroll(page, 'reception desk with a visit (cs, 360 px)');

  // Services added from the day sheet, in the dialog; Escape closes it.
  const guests = pluralMessage('cs', 'reception.anonymousPeople', 3);
  await row(page, 'cs', guests)
    .first()
    .getByRole('button', { name: cs('reception.addServicesNamed', { name: guests }) })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'add-services dialog (cs, 360 px)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goto('/reception/occupancy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('reception.occupancyTitle'));
  await expectNoAxeViolations(page, 'occupancy (cs, 360 px)');
  await expectNoSidewaysScroll(page, 'occupancy (cs, 360 px)');
  await context.close();
});
