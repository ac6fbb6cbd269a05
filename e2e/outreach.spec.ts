import { expect, type Page, test } from '@playwright/test';
import { catalogueLabel, messagesOf, pluralMessage } from './messages';
import {
  axeFromTop,
  choose,
  expectNoSidewaysScroll,
  material,
  newContext,
  openMoreMaterials,
  openPart,
  openRecording,
  planShift,
  recordRepeatContact,
  saveContact,
  signIn,
  startShift,
  stepUp,
  submitPlan,
  tapChip,
} from './outreach-steps';
import { expectNoAxeViolations, signInWithTwoFactor, user } from './support';

// Street and party outreach as the Warsaw demo organisation (Polish) lives it.
// S5: an outreach worker plans and starts a shift, records a first contact for
// a new person, two repeat contacts and an anonymous one, submits; the
// coordinator returns the report with a comment, the worker fixes it and
// submits again, the coordinator approves; the work report adds up.
// S1 steps 2–3 on a 360 px phone: a street shift with a first contact (nickname
// and anonymous code, condoms, lubricant, a leaflet, topics) and three people
// met anonymously in a club; then a party shift recorded by the peer educator.
// The coordinator stays signed in on a desktop of their own the whole time.
test.describe.configure({ mode: 'serial' });

const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };

let worker: Page;
let coordinator: Page;
let s5ShiftPath = '';
const newPerson = 'Pan Henryk';
const narrative = 'Obchód Pragi: Pan Henryk śpi na klatce schodowej, trzy osoby przy ognisku.';

test.beforeAll(async ({ browser }) => {
  worker = await newContext(browser, desktop);
  coordinator = await newContext(browser, desktop);
});
test.afterAll(async () => {
  await worker.context().close();
  await coordinator.context().close();
});

test('S5: the outreach worker plans a street shift in Praga-Północ and starts it', async () => {
  test.setTimeout(120_000);
  const t = messagesOf(worker);
  await signIn(worker, 'outreach', 'pl');
  // The demo has a shift under way today: home points to it.
  await expect(worker.getByRole('link', { name: await t('home.continueShift') })).toBeVisible();
  await expectNoAxeViolations(worker, 'home with a shift under way');

  const dialog = await planShift(worker, { area: 'Praga-Północ', spots: ['Dworzec Wileński', 'Skwer P3'] });
  await expectNoAxeViolations(worker, 'plan a shift dialog');
  await expect(dialog.getByRole('checkbox', { name: 'Agnieszka R.' })).toBeChecked();
  s5ShiftPath = await submitPlan(worker);
  await expect(worker.locator('.facts').first()).toContainText('Praga-Północ');
  await expect(worker.locator('.facts').first()).toContainText('Dworzec Wileński');
  await expectNoAxeViolations(worker, 'planned shift');
  await startShift(worker);
  await expect(worker.locator('.facts').first()).not.toContainText(await t('shifts.notYet'));
  await expectNoAxeViolations(worker, 'shift under way');
});

test('S5: a first contact card for a new person, with the initial situation, a follow-up and a noted referral', async () => {
  const t = messagesOf(worker);
  await openRecording(worker);
  await expectNoAxeViolations(worker, 'who was the contact with');
  await worker.getByRole('button', { name: await t('contacts.newPerson') }).click();
  const dialog = worker.getByRole('dialog');
  await dialog.getByLabel(await t('clients.pseudonym')).fill(newPerson);
  await dialog.getByText(await t('clients.temporaryCode'), { exact: true }).click();
  await dialog.getByRole('button', { name: await t('clients.create') }).click();
  // A temporary code is said back to the person before going on.
  await expect(dialog.locator('.otp')).toHaveText(/^NCC\d{4,}$/);
  await dialog.getByRole('button', { name: await t('common.continue') }).click();

  await expect(worker.getByRole('heading', { level: 1 })).toHaveText(await t('contacts.cardTitles.first'));
  expect(await worker.title()).not.toContain(newPerson);
  await tapChip(worker, 'Dworzec Wileński');
  await stepUp(worker, await material(worker, 'food'), 2);
  await openPart(worker, await t('contacts.services'));
  await tapChip(worker, catalogueLabel('pl', 'service', 'material_aid'));
  await openPart(worker, await t('contacts.situation'));
  await choose(worker, worker.getByRole('main'), await t('contacts.housingLabel'), await t('contacts.housing.street'));
  await choose(
    worker,
    worker.getByRole('main'),
    await t('contacts.documentsLabel'),
    await t('contacts.documents.none'),
  );
  await openPart(worker, await t('contacts.followUp'));
  await worker.getByLabel(await t('contacts.followUpWhat')).fill('Pójść razem do urzędu po dowód');
  // A follow-up needs a date: the error shows next to the field, in the part it belongs to.
  await worker.getByRole('button', { name: await t('contacts.save') }).click();
  const due = worker.locator('.field').filter({ has: worker.getByLabel(await t('contacts.followUpDue')) });
  await expect(due.locator('.field-error')).toBeVisible();
  await axeFromTop(worker, 'first contact card with an error');
  await worker.getByLabel(await t('contacts.followUpDue')).fill('2030-01-15');
  await openPart(worker, await t('contacts.referrals'));
  await choose(
    worker,
    worker.getByRole('main'),
    await t('contacts.referralReason'),
    catalogueLabel('pl', 'referral_reason', 'social_assistance'),
  );
  await worker.getByLabel(await t('contacts.referralPartner')).fill('MOPS Praga-Północ');
  await saveContact(worker, 'first');
  const contacts = worker.getByRole('table', { name: await t('contacts.title'), exact: true });
  await expect(contacts.getByRole('row', { name: new RegExp(newPerson) })).toContainText(
    await t('contacts.kinds.first'),
  );
  await axeFromTop(worker, 'shift with a saved contact');
});

test('S5: two repeat contacts, each in three screens with only a search typed', async () => {
  const food = await material(worker, 'food');
  const first = await recordRepeatContact(worker, 'Mira', 'Mira z Wileńskiego', [[food, 1]]);
  const second = await recordRepeatContact(worker, 'Zdzisław', 'Pan Zdzisław', [[food, 1]]);
  expect(first.length + second.length).toBe(6);
});

test('S5: an anonymous contact by the fire: a head count with a breakdown and materials', async () => {
  const t = messagesOf(worker);
  await openRecording(worker);
  await worker.getByRole('button', { name: await t('contacts.anonymousContact') }).click();
  await expect(worker.getByRole('heading', { level: 1 })).toHaveText(await t('contacts.cardTitles.anonymous'));
  const people = await t('contacts.headCount');
  await worker.getByRole('button', { name: await t('stepper.more', { name: people }), exact: true }).click();
  await worker.getByRole('button', { name: await t('stepper.more', { name: people }), exact: true }).click();
  await expect(worker.getByRole('textbox', { name: people, exact: true })).toHaveValue('3');
  await openPart(worker, await t('contacts.breakdown'));
  await stepUp(worker, await t('contacts.breakdownParts.men'), 2);
  await tapChip(worker, 'Skwer P3');
  await stepUp(worker, await material(worker, 'food'), 3);
  await axeFromTop(worker, 'anonymous contact');
  await saveContact(worker, 'anonymous');
  const contacts = worker.getByRole('table', { name: await t('contacts.title'), exact: true });
  await expect(worker.getByText(pluralMessage('pl', 'contacts.count', 4), { exact: true })).toBeVisible();
  await expect(contacts.getByRole('row')).toHaveCount(5);
});

test('S5: the worker writes the narrative and submits the work report', async () => {
  const t = messagesOf(worker);
  await worker.getByLabel(await t('shifts.narrative'), { exact: true }).fill('Obchód Pragi.');
  await worker.getByRole('button', { name: await t('shifts.saveNarrative') }).click();
  await expect(
    worker.getByRole('region', { name: await t('shifts.narrativeTitle') }).getByRole('status'),
  ).toContainText(await t('common.saved'));
  await worker.getByRole('button', { name: await t('shifts.submit') }).click();
  const confirm = worker.getByRole('alertdialog');
  await expect(confirm).toContainText(await t('shifts.submitConfirm'));
  await expectNoAxeViolations(worker, 'submit confirmation');
  await confirm.getByRole('button', { name: await t('shifts.submit') }).click();
  await expect(worker.getByRole('alertdialog')).toHaveCount(0);
  await expect(worker.locator('.facts').first()).toContainText(await t('shifts.statuses.submitted'));
  await expect(worker.getByRole('link', { name: await t('contacts.record') })).toHaveCount(0);
  await expect(worker.getByLabel(await t('shifts.narrative'), { exact: true })).toHaveCount(0);
});

test('S5: the coordinator sees the report waiting and returns it with a comment', async () => {
  const t = messagesOf(coordinator);
  await signInWithTwoFactor(coordinator, user('coordinator'));
  await expect(coordinator.locator('html')).toHaveAttribute('lang', 'pl');
  const waiting = coordinator.getByRole('link', { name: /raport/ }).filter({ hasText: /sprawdzenie/ });
  await expect(waiting).toBeVisible();
  await waiting.click();
  await expect(coordinator).toHaveURL(/status=submitted/);
  await expect(coordinator.locator(`a[href="${s5ShiftPath}"]`)).toBeVisible();
  await expectNoAxeViolations(coordinator, 'shifts waiting for review');
  await coordinator.goto(s5ShiftPath);
  await coordinator.getByRole('button', { name: await t('shifts.returnWithComment') }).click();
  const dialog = coordinator.getByRole('dialog');
  // A return without a comment is refused next to the field.
  await dialog.getByRole('button', { name: await t('shifts.return') }).click();
  await expect(dialog.locator('.field-error')).toBeVisible();
  await dialog.getByLabel(await t('shifts.returnComment')).fill('Dopisz, proszę, gdzie nocuje Pan Henryk.');
  await expectNoAxeViolations(coordinator, 'return with a comment');
  await dialog.getByRole('button', { name: await t('shifts.return') }).click();
  await expect(coordinator.getByRole('dialog')).toHaveCount(0);
  await expect(coordinator.locator('.facts').first()).toContainText(await t('shifts.statuses.returned'));
});

test('S5: the worker sees the comment first, corrects the narrative and submits again', async () => {
  const t = messagesOf(worker);
  await worker.goto('/');
  await worker.getByRole('link', { name: await t('home.returnedShift') }).click();
  await expect(worker).toHaveURL(new RegExp(`${s5ShiftPath}$`));
  const note = worker.getByRole('region', { name: await t('shifts.returnedTitle') });
  await expect(note).toContainText('Dopisz, proszę, gdzie nocuje Pan Henryk.');
  // The comment comes before everything else on the page.
  const top = await note.boundingBox();
  const actions = await worker.getByRole('region', { name: await t('shifts.actions') }).boundingBox();
  expect(top && actions && top.y < actions.y).toBe(true);
  await expectNoAxeViolations(worker, 'returned shift');
  await worker.getByLabel(await t('shifts.narrative'), { exact: true }).fill(narrative);
  await worker.getByRole('button', { name: await t('shifts.saveNarrative') }).click();
  await expect(
    worker.getByRole('region', { name: await t('shifts.narrativeTitle') }).getByRole('status'),
  ).toContainText(await t('common.saved'));
  await worker.getByRole('button', { name: await t('shifts.submit') }).click();
  await worker
    .getByRole('alertdialog')
    .getByRole('button', { name: await t('shifts.submit') })
    .click();
  await expect(worker.locator('.facts').first()).toContainText(await t('shifts.statuses.submitted'));
});

test('S5: the coordinator approves; the work report shows the right numbers and prints', async () => {
  const t = messagesOf(coordinator);
  await coordinator.goto(s5ShiftPath);
  await expect(coordinator.getByRole('region', { name: await t('shifts.narrativeTitle') })).toContainText(narrative);
  await coordinator.getByRole('button', { name: await t('shifts.approve') }).click();
  await expect(coordinator.locator('.facts').first()).toContainText(await t('shifts.statuses.approved'));
  await coordinator.getByRole('link', { name: await t('shifts.workReport') }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(await t('report.title'));

  const figure = (label: string) =>
    coordinator
      .locator('.report-figures > div')
      .filter({ has: coordinator.locator('dt').getByText(label, { exact: true }) })
      .locator('dd');
  await expect(figure(await t('print.newPeople'))).toHaveText('1');
  await expect(figure(await t('print.knownPeople'))).toHaveText('2');
  await expect(figure(await t('print.anonymousPeople'))).toHaveText('3');
  await expect(figure(await t('print.members'))).toHaveText('1');
  await expect(figure(await t('print.followUps'))).toHaveText('1');
  await expect(figure(await t('print.incidents'))).toHaveText('0');
  const row = (table: string, name: string) =>
    coordinator.getByRole('table', { name: table, exact: true }).getByRole('row').filter({ hasText: name });
  const byKind = await t('print.contactsByKind');
  await expect(row(byKind, await t('contacts.kinds.first'))).toContainText('1');
  await expect(row(byKind, await t('contacts.kinds.repeat'))).toContainText('2');
  await expect(row(byKind, await t('contacts.kinds.anonymous'))).toContainText('1');
  await expect(row(await t('print.materials'), await material(coordinator, 'food'))).toContainText('7');
  await expect(
    row(await t('print.referrals'), catalogueLabel('pl', 'referral_reason', 'social_assistance')),
  ).toContainText('1');
  await expect(row(await t('print.services'), catalogueLabel('pl', 'service', 'material_aid'))).toContainText('1');
  await expect(coordinator.locator('.work-report')).toContainText(narrative);
  await expect(coordinator.locator('.work-report')).toContainText(await t('shifts.statuses.approved'));
  await axeFromTop(coordinator, 'work report');

  // Printed, only the report is on paper.
  await coordinator.emulateMedia({ media: 'print' });
  await expect(coordinator.getByRole('banner')).toBeHidden();
  await expect(coordinator.getByRole('button', { name: await t('report.print') })).toBeHidden();
  await expect(coordinator.locator('.report-signatures')).toBeVisible();
  await coordinator.emulateMedia({ media: 'screen' });

  // The PDF and the blank cards come from the server, in the reader's language.
  const pdf = await coordinator.getByRole('link', { name: await t('report.downloadPdf') }).getAttribute('href');
  expect(pdf).toBe(`/api${s5ShiftPath}/report.pdf`);
  const answer = await coordinator.request.get(pdf ?? '');
  expect(answer.headers()['content-type']).toContain('application/pdf');
  for (const [key, kind] of [
    ['report.blankFirstCard', 'first'],
    ['report.blankRepeatCard', 'repeat'],
  ] as const) {
    const href = await coordinator.getByRole('link', { name: await t(key) }).getAttribute('href');
    expect(href).toBe(`/api/print/contact-cards/${kind}`);
    expect((await coordinator.request.get(href ?? '')).headers()['content-type']).toContain('application/pdf');
  }
});

test('S5: the coordinator follows the workers; the follow-up is ticked off', async () => {
  const t = messagesOf(coordinator);
  await coordinator
    .getByRole('navigation')
    .getByRole('link', { name: await t('nav.workers') })
    .click();
  const table = coordinator.getByRole('table', { name: await t('nav.workers'), exact: true });
  const agnieszka = table.getByRole('row').filter({ hasText: 'Agnieszka R.' });
  await expect(agnieszka).toBeVisible();
  await expectNoAxeViolations(coordinator, 'worker monitoring');

  const tw = messagesOf(worker);
  await worker
    .getByRole('navigation')
    .getByRole('link', { name: await tw('nav.followUps') })
    .click();
  const what = 'Pójść razem do urzędu po dowód';
  const item = worker.getByRole('listitem').filter({ hasText: newPerson });
  await expect(item).toContainText(what);
  await expectNoAxeViolations(worker, 'follow-ups');
  await item.getByRole('button', { name: await tw('followUps.markDoneNamed', { what }) }).click();
  await expect(worker.getByRole('status').filter({ hasText: what })).toBeVisible();
  await expect(worker.getByRole('listitem').filter({ hasText: newPerson })).toHaveCount(0);
});

test('S1: on a phone, a street shift with a first contact (nickname and code) and three people met in a club', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await newContext(browser, phone);
  const t = messagesOf(page);
  await signIn(page, 'outreach', 'pl');
  await expectNoSidewaysScroll(page, 'home');
  await page.getByRole('button', { name: await t('nav.menu'), exact: true }).click();
  await planShift(page, { area: 'Śródmieście', spots: ['Róg ulic S2', 'Klub K1'] });
  await expectNoSidewaysScroll(page, 'plan a shift');
  await submitPlan(page);
  await startShift(page);
  await expectNoSidewaysScroll(page, 'shift under way');

  // The first contact: nickname and the anonymous code built from the answers.
  await openRecording(page);
  await expectNoSidewaysScroll(page, 'who');
  await page.getByRole('button', { name: await t('contacts.newPerson') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(await t('clients.pseudonym')).fill('Dalia');
  await dialog.getByLabel(await t('clients.codeFields.clientFirstName')).fill('Dalia');
  await dialog.getByLabel(await t('clients.codeFields.motherFirstName')).fill('Halina');
  await dialog.getByLabel(await t('clients.codeFields.birthDay')).fill('3');
  await dialog.getByLabel(await t('clients.codeFields.birthMonth')).fill('5');
  await dialog.getByLabel(await t('clients.codeFields.birthMonth')).blur();
  await expect(dialog.locator('output')).toHaveText('HAL03DAL05');
  await dialog.getByRole('button', { name: await t('clients.create') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('contacts.cardTitles.first'));
  await expectNoSidewaysScroll(page, 'first contact card');
  await tapChip(page, 'Róg ulic S2');
  await stepUp(page, await material(page, 'condom'), 5);
  await stepUp(page, await material(page, 'lubricant'), 2);
  await openMoreMaterials(page);
  await stepUp(page, await material(page, 'leaflet'), 1);
  await openPart(page, await t('contacts.topics'));
  for (const topic of ['health', 'violence', 'rights']) await tapChip(page, catalogueLabel('pl', 'topic', topic));
  await expectNoSidewaysScroll(page, 'first contact card, filled in');
  await axeFromTop(page, 'first contact card on a phone');
  await saveContact(page, 'first');

  // Three people in the club, counted only, with what they took.
  await openRecording(page);
  await page.getByRole('button', { name: await t('contacts.anonymousContact') }).click();
  const people = await t('contacts.headCount');
  for (let i = 0; i < 2; i++)
    await page.getByRole('button', { name: await t('stepper.more', { name: people }), exact: true }).click();
  await expect(page.getByRole('textbox', { name: people, exact: true })).toHaveValue('3');
  await tapChip(page, 'Klub K1');
  await stepUp(page, await material(page, 'condom'), 6);
  await openMoreMaterials(page);
  await stepUp(page, await material(page, 'leaflet'), 3);
  await expectNoSidewaysScroll(page, 'anonymous contact');
  await saveContact(page, 'anonymous');
  const contacts = page.getByRole('table', { name: await t('contacts.title'), exact: true });
  await expect(contacts.getByRole('row').filter({ hasText: 'Dalia' })).toContainText(
    `${catalogueLabel('pl', 'material', 'condom')} × 5`,
  );
  await expect(contacts).toContainText(pluralMessage('pl', 'contacts.anonymousPeople', 3));
  await expectNoSidewaysScroll(page, 'shift with two contacts');
  await page.context().close();
});

test('S1: a party shift at a club night, recorded by the peer educator on her phone', async ({ browser }) => {
  test.setTimeout(120_000);
  // The coordinator plans the party team's shift for the peer educator and starts it.
  const tc = messagesOf(coordinator);
  await planShift(coordinator, {
    team: 'Zespół partyworkingu',
    channel: await tc('shifts.channels.party'),
    area: 'Wola',
    spots: ['Klub K2'],
    members: { add: ['Olena S.'], remove: ['Tomasz W.'] },
  });
  const partyPath = await submitPlan(coordinator);
  await startShift(coordinator);

  // The peer educator (Ukrainian) goes straight to it from home.
  const page = await newContext(browser, phone);
  const t = messagesOf(page);
  await signIn(page, 'peer', 'uk');
  const party = page.getByRole('listitem').filter({ hasText: await t('shifts.channels.party') });
  await party.getByRole('link', { name: await t('home.continueShift') }).click();
  await expect(page).toHaveURL(new RegExp(`${partyPath}$`));
  // A peer educator records contacts but does not run the shift's status flow.
  await expect(page.getByRole('button', { name: await t('shifts.submit') })).toHaveCount(0);
  await expectNoSidewaysScroll(page, 'party shift');

  // Tina is known from the club: a repeat card in three screens.
  await recordRepeatContact(page, 'Tina', 'Tina', [[await material(page, 'condom'), 10]]);
  // Then a group at the bar, counted only.
  await openRecording(page);
  await page.getByRole('button', { name: await t('contacts.anonymousContact') }).click();
  const people = await t('contacts.headCount');
  for (let i = 0; i < 4; i++)
    await page.getByRole('button', { name: await t('stepper.more', { name: people }), exact: true }).click();
  await stepUp(page, await material(page, 'condom'), 8);
  await stepUp(page, await material(page, 'lubricant'), 4);
  await axeFromTop(page, 'anonymous contact in Ukrainian on a phone');
  await expectNoSidewaysScroll(page, 'anonymous contact (uk)');
  await saveContact(page, 'anonymous');
  const contacts = page.getByRole('table', { name: await t('contacts.title'), exact: true });
  await expect(contacts.getByRole('row')).toHaveCount(3);
  await page.context().close();

  // The coordinator sees both on the party shift.
  await coordinator.goto(partyPath);
  const list = coordinator.getByRole('table', { name: await tc('contacts.title'), exact: true });
  await expect(list.getByRole('row').filter({ hasText: 'Tina' })).toContainText(await tc('contacts.kinds.repeat'));
  await expect(list.getByRole('row')).toHaveCount(3);
});

test('stock: the worker records a delivery and a stock-take correction, and sets a low-stock level', async () => {
  const t = messagesOf(worker);
  await worker
    .getByRole('navigation')
    .getByRole('link', { name: await t('nav.stock') })
    .click();
  await expect(worker.getByRole('heading', { level: 1 })).toHaveText(await t('nav.stock'));
  const condom = await material(worker, 'condom');
  const table = worker.getByRole('table', { name: await t('stock.balances') });
  const balance = async () =>
    Number(
      (await table.getByRole('row').filter({ hasText: condom }).getByRole('cell').first().textContent())?.replace(
        /\D/g,
        '',
      ),
    );
  const before = await balance();

  await worker.getByRole('button', { name: await t('stock.recordReceived') }).click();
  let dialog = worker.getByRole('dialog');
  await choose(worker, dialog, await t('stock.material'), condom);
  await dialog.getByRole('textbox', { name: await t('stock.quantityReceived') }).fill('100');
  await dialog.getByRole('textbox', { name: await t('stock.quantityReceived') }).press('Tab');
  await expectNoAxeViolations(worker, 'materials received');
  await dialog.getByRole('button', { name: await t('common.save') }).click();
  await expect(worker.getByRole('dialog')).toHaveCount(0);
  await expect.poll(balance).toBe(before + 100);

  await worker.getByRole('button', { name: await t('stock.recordAdjustment') }).click();
  dialog = worker.getByRole('dialog');
  await choose(worker, dialog, await t('stock.material'), condom);
  await dialog.getByRole('textbox', { name: await t('stock.quantityAdjustment') }).fill('-5');
  await dialog.getByRole('textbox', { name: await t('stock.quantityAdjustment') }).press('Tab');
  await dialog.getByRole('button', { name: await t('common.save') }).click();
  await expect(worker.getByRole('dialog')).toHaveCount(0);
  await expect.poll(balance).toBe(before + 95);

  // A level above the balance: the material shows as running low, in words.
  await table.getByRole('button', { name: await t('stock.setThresholdNamed', { name: condom }) }).click();
  dialog = worker.getByRole('dialog');
  await dialog.getByRole('textbox', { name: await t('stock.threshold') }).fill(String(before + 1000));
  await dialog.getByRole('textbox', { name: await t('stock.threshold') }).press('Tab');
  await dialog.getByRole('button', { name: await t('common.save') }).click();
  await expect(worker.getByRole('dialog')).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: condom })).toContainText(await t('stock.low'));
  await expect(worker.getByRole('status').filter({ hasText: condom })).toBeVisible();
  await expectNoAxeViolations(worker, 'stock with a low-stock warning');
});

test('exit review: an episode silent for days is closed with a reason; the person page shows episodes and contacts', async () => {
  const t = messagesOf(worker);
  await worker.goto('/clients');
  await worker.getByRole('link', { name: await t('exitReview.title') }).click();
  await expect(worker.getByRole('heading', { level: 1 })).toHaveText(await t('exitReview.title'));
  await worker.getByRole('textbox', { name: await t('exitReview.days') }).fill('1');
  await worker.getByRole('button', { name: await t('common.applyFilters') }).click();
  await expect(worker).toHaveURL(/days=1/);
  const kuba = worker.getByRole('listitem').filter({ hasText: 'Kuba spod bazaru' });
  await expect(kuba).toBeVisible();
  await kuba.getByRole('button', { name: await t('exitReview.closeNamed', { name: 'Kuba spod bazaru' }) }).click();
  const dialog = worker.getByRole('alertdialog');
  await choose(worker, dialog, await t('enrollments.exitReason'), await t('enrollments.exitReasons.no_contact'));
  await expectNoAxeViolations(worker, 'close an episode');
  await dialog.getByRole('button', { name: await t('enrollments.close') }).click();
  await expect(worker.getByRole('status').filter({ hasText: 'Kuba spod bazaru' })).toBeVisible();
  await expect(worker.getByRole('listitem').filter({ hasText: 'Kuba spod bazaru' })).toHaveCount(0);

  // Mira's page: her episode (engagement date set now) and the contacts of this S5 shift.
  await worker.goto('/clients');
  await worker
    .getByRole('search')
    .getByLabel(await t('clients.searchPseudonym'))
    .fill('Mira');
  await worker
    .getByRole('region', { name: await t('clients.results') })
    .getByRole('link', { name: 'Mira z Wileńskiego' })
    .click();
  await expect(worker.getByRole('heading', { level: 1 })).toHaveText(await t('clients.personTitle'));
  const recent = worker.getByRole('table', { name: await t('contacts.recent') });
  await expect(recent.getByRole('link').first()).toHaveAttribute('href', s5ShiftPath);
  const episodes = worker.getByRole('table', { name: await t('enrollments.title') });
  const programme = await t('enrollments.programmes.outreach');
  await episodes.getByRole('button', { name: await t('enrollments.editNamed', { programme }) }).click();
  const edit = worker.getByRole('dialog');
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await edit.getByLabel(await t('enrollments.engagementOn')).fill(iso);
  await edit.getByRole('button', { name: await t('common.save') }).click();
  await expect(worker.getByRole('dialog')).toHaveCount(0);
  await expect(episodes.getByRole('row').filter({ hasText: programme })).not.toContainText(
    await t('enrollments.noEngagement'),
  );
  await axeFromTop(worker, 'person with episodes and contacts');
});

test('statistics: grouped by channel with bars for the coordinator; small counts hidden from a viewer', async ({
  browser,
}) => {
  const t = messagesOf(coordinator);
  await coordinator
    .getByRole('navigation')
    .getByRole('link', { name: await t('nav.outreachStatistics') })
    .click();
  await choose(
    coordinator,
    coordinator.getByRole('main'),
    await t('outreachStats.groupBy'),
    await t('outreachStats.groupings.channel'),
  );
  await expect(coordinator).toHaveURL(/groupBy=channel/);
  const table = coordinator.getByRole('table', { name: await t('outreachStats.tableCaption') });
  await expect(table.getByRole('row').filter({ hasText: await t('shifts.channels.street') })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: await t('shifts.channels.party') })).toBeVisible();
  await expect(coordinator.getByRole('figure')).toBeVisible();
  await expect(table).not.toContainText(await t('outreachStats.suppressed', { n: '5' }));
  await expectNoAxeViolations(coordinator, 'statistics by channel');

  // A board member's figures leave the organisation: counts under five read "< 5".
  const viewer = await newContext(browser, desktop);
  await signIn(viewer, 'viewer', 'pl');
  await viewer.goto('/outreach/statistics?groupBy=channel');
  const tv = messagesOf(viewer);
  await expect(viewer.getByText(await tv('outreachStats.suppressedNote', { n: '5' }))).toBeVisible();
  await expect(viewer.getByRole('table', { name: await tv('outreachStats.tableCaption') })).toContainText(
    await tv('outreachStats.suppressed', { n: '5' }),
  );
  await expectNoAxeViolations(viewer, 'statistics for a viewer');
  await viewer.context().close();
});
