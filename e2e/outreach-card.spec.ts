import { expect, type Locator, type Page, test } from '@playwright/test';
import { catalogueLabel, type Locale, message, pluralMessage } from './messages';
import { axeFromTop, choose, expectNoSidewaysScroll, openPart, screenOf } from './outreach-steps';
import { demoPassword, expectNoAxeViolations, submitSignIn, user } from './support';

// The Prague needle and syringe programme (Czech): the outreach worker plans a
// street shift at Masarykovo nádraží, corrects its times, records a syringe
// exchange with the used ones brought back and the people the person collects
// for, a repeat card with two referrals, and a group met anonymously with a
// breakdown by gender and target group; then opens recorded cards from the
// shift to read and correct them, and finds the hand-out among the stock
// movements. Prague's data only, so the Warsaw journeys are not disturbed.
test.describe.configure({ mode: 'serial' });

const cs = (key: string, vars?: Record<string, string>) => message('cs', key, vars);
const timeZone = 'Europe/Prague';
const phone = { width: 360, height: 740 };
const locales: Locale[] = ['pl', 'cs', 'en', 'uk'];
const desktop = { width: 1280, height: 800 };
let page: Page;
let shiftPath = '';

/** Taps a stepper's + button `times` times (the field is never typed into). */
async function stepUp(scope: Page | Locator, label: string, times: number) {
  const plus = scope.getByRole('button', { name: cs('stepper.more', { name: label }), exact: true });
  for (let i = 0; i < times; i++) await plus.click();
  await expect(scope.getByRole('textbox', { name: label, exact: true })).toHaveValue(String(times));
}

/** "8:45" as the page shows a wall-clock time in Czech. */
const shortTime = (hours: number, minutes: number) =>
  new Intl.DateTimeFormat('cs', { timeStyle: 'short' }).format(new Date(2000, 0, 1, hours, minutes));

/** Today in Prague as YYYY-MM-DD. */
const pragueToday = () => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
/**
 * When the shift "really began": 8:45, or one past midnight before 9:00 in
 * Prague — a start still ahead would keep the report from being submitted later.
 */
const pragueHour = Number(
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()),
);
const began = pragueHour >= 9 ? { h: 8, m: 45, end: '08:00' } : { h: 0, m: 1, end: '00:00' };
const clock = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

async function saveContact(kind: 'repeat' | 'anonymous') {
  await page.getByRole('button', { name: cs('contacts.save') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('shifts.shiftTitle'));
  await expect(page.getByRole('status').filter({ hasText: cs(`contacts.savedKinds.${kind}`) })).toBeVisible();
}

/** From the shift: record a contact with a known person, found by a search. */
async function pickPerson(search: string, pseudonym: string) {
  await page.getByRole('link', { name: cs('contacts.record') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('contacts.whoTitle'));
  await page.getByRole('searchbox', { name: cs('contacts.findPerson') }).fill(search);
  await page.getByRole('button', { name: pseudonym }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('contacts.cardTitles.repeat'));
}

const contactsTable = () => page.getByRole('table', { name: cs('contacts.title'), exact: true });

/** Opens a recorded card from the shift's contact list, by a text in its row. */
async function openCard(rowText: string | RegExp) {
  await contactsTable()
    .getByRole('row')
    .filter({ hasText: rowText })
    .getByRole('button', { name: cs('contacts.openCard') })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.card-facts')).toBeVisible();
  return dialog;
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ locale: 'cs-CZ', timezoneId: timeZone, viewport: desktop });
  page = await context.newPage();
  await submitSignIn(page, user('outreach', 'demo2'), demoPassword);
  // The account speaks Czech, unless another file of this run left it in another language: then back to Czech.
  const home = new RegExp(`^(${locales.map((l) => message(l, 'home.title')).join('|')})$`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(home);
  if ((await page.locator('html').getAttribute('lang')) !== 'cs') {
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
    await page.getByRole('banner').getByRole('combobox').selectOption('cs');
    expect((await saved).ok()).toBe(true);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('home.title'));
});
test.afterAll(async () => {
  await page.context().close();
});

test('a street shift is planned, started, and its times and spots corrected', async () => {
  await page.goto('/shifts');
  await page.getByRole('button', { name: cs('shifts.planTitle') }).click();
  const plan = page.getByRole('dialog');
  await choose(page, plan, cs('shifts.area'), 'Praha 1');
  await plan.getByText('Masarykovo nádraží', { exact: true }).click();
  await plan.getByRole('button', { name: cs('shifts.plan') }).click();
  await expect(page).toHaveURL(/\/shifts\/[0-9a-f-]{36}$/);
  shiftPath = new URL(page.url()).pathname;
  await page.getByRole('button', { name: cs('shifts.start') }).click();
  const facts = page.locator('.facts').first();
  await expect(facts).toContainText(cs('shifts.statuses.open'));

  // The shift really began at 8:45 (see `began`) and was planned 8:30–12:30 with a second spot.
  await page.getByRole('button', { name: cs('shifts.edit') }).click();
  const edit = page.getByRole('dialog', { name: cs('shifts.editTitle') });
  await edit.getByLabel(cs('shifts.plannedStart')).fill('08:30');
  await edit.getByLabel(cs('shifts.plannedEnd')).fill('12:30');
  await edit.getByLabel(cs('shifts.actualStart')).fill(`${pragueToday()}T${clock(began.h, began.m)}`);
  await edit.getByText('Dolní část Václavského náměstí', { exact: true }).click();
  await expectNoAxeViolations(page, 'change the shift dialog');
  // An end before the start is refused next to the end.
  await edit.getByLabel(cs('shifts.actualEnd')).fill(`${pragueToday()}T${began.end}`);
  await edit.getByRole('button', { name: cs('shifts.saveChanges') }).click();
  const end = edit.locator('.field').filter({ has: page.getByLabel(cs('shifts.actualEnd')) });
  await expect(end.locator('.field-error')).toHaveText(cs('validation.end_before_start'));
  await edit.getByLabel(cs('shifts.actualEnd')).fill('');
  await edit.getByRole('button', { name: cs('shifts.saveChanges') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: cs('shifts.changesSaved') })).toBeVisible();
  await expect(facts).toContainText('08:30–12:30');
  await expect(facts).toContainText(`${shortTime(began.h, began.m)}–…`);
  await expect(facts).toContainText('Dolní část Václavského náměstí');

  // Kept after a reload: it is the server's shift, not the form's.
  await page.reload();
  await expect(page.locator('.facts').first()).toContainText('08:30–12:30');
  await expect(page.locator('.facts').first()).toContainText(`${shortTime(began.h, began.m)}–…`);
});

test('on a phone, a syringe exchange in three screens: handed out, brought back, passed on, with only a search typed', async () => {
  await page.setViewportSize(phone);
  const screens: string[] = [];
  const note = async () => {
    const now = await screenOf(page);
    if (screens.at(-1) !== now) screens.push(now);
  };
  const syringe = catalogueLabel('cs', 'material', 'syringe');
  await page.getByRole('link', { name: cs('contacts.record') }).click();
  await note();
  await page.getByRole('searchbox', { name: cs('contacts.findPerson') }).fill('Pepa');
  await page.getByRole('button', { name: 'Pepa' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('contacts.cardTitles.repeat'));
  await note();
  // The team carries syringes: they are up front.
  await stepUp(page, syringe, 10);
  await openPart(page, cs('contacts.exchange'));
  const item = page.getByRole('group', { name: new RegExp(`^${syringe}`) });
  await stepUp(item, cs('contacts.returnedOf', { name: syringe }), 8);
  await stepUp(item, cs('contacts.secondaryOf', { name: syringe }), 2);
  await expect(item).toContainText(cs('contacts.handedOut', { n: '10' }));
  await axeFromTop(page, 'syringe exchange with returned and passed-on counts');
  await expectNoSidewaysScroll(page, 'syringe exchange on a phone');
  await saveContact('repeat');
  await note();
  expect(screens, screens.join('\n')).toHaveLength(3);
  await page.setViewportSize(desktop);
  await expect(contactsTable().getByRole('row').filter({ hasText: 'Pepa' })).toContainText(`${syringe} × 10`);
});

test('a repeat card with two referrals, one row added and an empty one removed', async () => {
  await pickPerson('Lenka', 'Lenka');
  await openPart(page, cs('contacts.referrals'));
  const first = page.getByRole('group', { name: cs('contacts.referralNumber', { number: '1' }) });
  await choose(page, first, cs('contacts.referralReason'), catalogueLabel('cs', 'referral_reason', 'medical_care'));
  await first.getByLabel(cs('contacts.referralPartner')).fill('Infekční klinika Bulovka');
  await page.getByRole('button', { name: cs('contacts.addAnotherReferral') }).click();
  const second = page.getByRole('group', { name: cs('contacts.referralNumber', { number: '2' }) });
  await choose(
    page,
    second,
    cs('contacts.referralReason'),
    catalogueLabel('cs', 'referral_reason', 'social_assistance'),
  );
  await second.getByLabel(cs('contacts.referralNote')).fill('Doklady: žádost o nový občanský průkaz');
  // A third row, left empty and removed again.
  await page.getByRole('button', { name: cs('contacts.addAnotherReferral') }).click();
  await page.getByRole('button', { name: cs('contacts.removeReferral', { number: '3' }) }).click();
  await expect(page.getByRole('group', { name: cs('contacts.referralNumber', { number: '3' }) })).toHaveCount(0);
  await axeFromTop(page, 'repeat card with two referrals');
  await saveContact('repeat');
});

test('an anonymous group with a breakdown by gender and target group; counts above the head count are refused', async () => {
  await page.getByRole('link', { name: cs('contacts.record') }).click();
  await page.getByRole('button', { name: cs('contacts.anonymousContact') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('contacts.cardTitles.anonymous'));
  const people = cs('contacts.headCount');
  for (let i = 0; i < 3; i++)
    await page.getByRole('button', { name: cs('stepper.more', { name: people }), exact: true }).click();
  await expect(page.getByRole('textbox', { name: people, exact: true })).toHaveValue('4');
  await openPart(page, cs('contacts.breakdown'));
  const injecting = catalogueLabel('cs', 'target_group', 'people_who_inject_drugs');
  await stepUp(page, cs('contacts.breakdownParts.women'), 2);
  await stepUp(page, cs('contacts.breakdownParts.men'), 3);
  await stepUp(page, injecting, 5);
  await stepUp(page, catalogueLabel('cs', 'material', 'syringe'), 12);
  await page.getByRole('button', { name: cs('contacts.save') }).click();
  // Nothing was saved: both messages show in the breakdown, in Czech.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('contacts.cardTitles.anonymous'));
  const breakdown = page.locator('details').filter({ hasText: cs('contacts.byGender') });
  await expect(breakdown.getByText(cs('validation.breakdown_too_big'))).toBeVisible();
  await expect(
    breakdown.getByText(cs('contacts.targetGroupTooBig', { headCount: '4', names: injecting })),
  ).toBeVisible();
  await axeFromTop(page, 'anonymous contact with breakdown errors');
  // One woman, two men, three people who inject drugs.
  await page
    .getByRole('button', { name: cs('stepper.less', { name: cs('contacts.breakdownParts.women') }), exact: true })
    .click();
  await page
    .getByRole('button', { name: cs('stepper.less', { name: cs('contacts.breakdownParts.men') }), exact: true })
    .click();
  for (let i = 0; i < 2; i++)
    await page.getByRole('button', { name: cs('stepper.less', { name: injecting }), exact: true }).click();
  await saveContact('anonymous');
  await expect(contactsTable()).toContainText(pluralMessage('cs', 'contacts.anonymousPeople', 4));
});

test('recorded cards open from the shift: read them, correct one, tick its follow-up off', async () => {
  const syringe = catalogueLabel('cs', 'material', 'syringe');
  let dialog = await openCard('Pepa');
  await expect(dialog.getByRole('heading')).toHaveText(cs('contacts.cardTitles.repeat'));
  await expect(dialog).toContainText(
    [
      cs('contacts.materialCount', { name: syringe, count: '10' }),
      cs('contacts.returnedCount', { n: '8' }),
      cs('contacts.secondaryCount', { n: '2' }),
    ].join(' · '),
  );
  await expectNoAxeViolations(page, 'a recorded card');
  await dialog.getByRole('button', { name: cs('common.close') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  dialog = await openCard(pluralMessage('cs', 'contacts.anonymousPeople', 4));
  const injecting = catalogueLabel('cs', 'target_group', 'people_who_inject_drugs');
  await expect(dialog).toContainText(cs('contacts.partCount', { name: cs('contacts.breakdownParts.women'), n: '1' }));
  await expect(dialog).toContainText(cs('contacts.partCount', { name: cs('contacts.breakdownParts.men'), n: '2' }));
  await expect(dialog).toContainText(cs('contacts.partCount', { name: injecting, n: '3' }));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  dialog = await openCard('Lenka');
  await expect(dialog).toContainText(
    `${catalogueLabel('cs', 'referral_reason', 'medical_care')} · Infekční klinika Bulovka`,
  );
  await expect(dialog).toContainText(
    `${catalogueLabel('cs', 'referral_reason', 'social_assistance')} · Doklady: žádost o nový občanský průkaz`,
  );
  await dialog.getByRole('button', { name: cs('contacts.correct') }).click();
  await dialog.getByRole('textbox', { name: cs('contacts.durationMinutes') }).fill('25');
  await dialog.getByLabel(cs('contacts.notes'), { exact: true }).fill('Chce na testy HCV, bojí se odběru krve.');
  await dialog.getByLabel(cs('contacts.followUpWhat')).fill('Doprovod na odběr krve (HCV)');
  await dialog.getByLabel(cs('contacts.followUpDue')).fill('2030-02-01');
  await expectNoAxeViolations(page, 'correcting a card');
  await dialog.getByRole('button', { name: cs('contacts.saveCorrection') }).click();
  await expect(dialog.getByRole('status').filter({ hasText: cs('common.saved') })).toBeVisible();
  await expect(dialog).toContainText(pluralMessage('cs', 'contacts.minutes', 25));
  await expect(dialog).toContainText('Chce na testy HCV, bojí se odběru krve.');
  await expect(dialog).toContainText('Doprovod na odběr krve (HCV)');
  await dialog.getByRole('button', { name: cs('common.close') }).click();

  // The follow-up is on the list of follow-ups, which opens its card; ticked off there, it leaves the list.
  const what = 'Doprovod na odběr krve (HCV)';
  await page
    .getByRole('navigation')
    .getByRole('link', { name: cs('nav.followUps') })
    .click();
  const item = page.getByRole('listitem').filter({ hasText: what });
  await item.getByRole('button', { name: cs('followUps.openCardNamed', { what }) }).click();
  dialog = page.getByRole('dialog', { name: cs('contacts.cardTitle') });
  await expect(dialog).toContainText('Chce na testy HCV, bojí se odběru krve.');
  await expect(dialog.getByRole('button', { name: cs('contacts.correct') })).toBeVisible();
  await expectNoAxeViolations(page, 'a card opened from the follow-ups');
  await dialog.getByRole('button', { name: cs('contacts.followUpMarkDone') }).click();
  await expect(dialog.getByRole('button', { name: cs('contacts.followUpReopen') })).toBeVisible();
  await expect(dialog.locator('.badge')).toContainText(cs('contacts.followUpDoneOn', { date: '' }).trim());
  await dialog.getByRole('button', { name: cs('common.close') }).click();
  await expect(page.getByRole('listitem').filter({ hasText: what })).toHaveCount(0);

  // Opened again from the shift, the correction is there; the follow-up stays done.
  await page.goto(shiftPath);
  dialog = await openCard('Lenka');
  await expect(dialog).toContainText('Chce na testy HCV, bojí se odběru krve.');
  await expect(dialog.getByRole('button', { name: cs('contacts.followUpReopen') })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('the stock screen lists the movements behind the balance: the hand-outs on this shift, by material', async () => {
  await page.goto('/stock');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs('nav.stock'));
  const syringe = catalogueLabel('cs', 'material', 'syringe');
  const table = page.getByRole('table', { name: cs('stock.movements') });
  // Newest first: the anonymous group's 12, then Pepa's 10, both by the worker.
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText(cs('stock.kinds.handed_out'));
  await expect(rows.nth(1)).toContainText(syringe);
  await expect(rows.nth(1)).toContainText('-12');
  await expect(rows.nth(1)).toContainText('Lucie D.');
  await expect(rows.nth(2)).toContainText('-10');
  await expectNoAxeViolations(page, 'stock movements');

  // Only syringes: every row is one (the demo also handed out needles and swabs here).
  await choose(page, page, cs('stock.material'), syringe);
  await expect(table.getByRole('row').filter({ hasNotText: syringe })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: syringe }).first()).toBeVisible();
  // The delivery behind the balance: the demo's 400 received.
  await choose(page, page, cs('stock.kind'), cs('stock.kinds.received'));
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('+400');
  // Nothing moves in the future: a period from tomorrow on lists nothing.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(cs('shifts.from'), { exact: true }).fill(tomorrow);
  await expect(page.getByText(cs('stock.noMovements'))).toBeVisible();
  await page.getByLabel(cs('shifts.from'), { exact: true }).fill('');
  await expect(table.getByRole('row').nth(1)).toContainText('+400');
});

test('once the work report is submitted, the shift and its cards can be read but no longer changed', async () => {
  await page.goto(shiftPath);
  await page.getByRole('button', { name: cs('shifts.submit') }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: cs('shifts.submit') })
    .click();
  await expect(page.locator('.facts').first()).toContainText(cs('shifts.statuses.submitted'));
  await expect(page.getByRole('button', { name: cs('shifts.edit') })).toHaveCount(0);
  const dialog = await openCard('Lenka');
  await expect(dialog).toContainText(cs('contacts.cardClosed'));
  await expect(dialog.getByRole('button', { name: cs('contacts.correct') })).toHaveCount(0);
  // A follow-up can still be opened again or ticked off.
  await expect(dialog.getByRole('button', { name: cs('contacts.followUpReopen') })).toBeVisible();
  await page.keyboard.press('Escape');
});
