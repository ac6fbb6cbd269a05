import { expect, type Locator, type Page, test } from '@playwright/test';
import { messagesOf } from './messages';
import { demoPassword, expectNoAxeViolations, signInEnrollingTwoFactor, signOut, submitSignIn, user } from './support';

// People served, as the Warsaw demo organisation (Polish, Czech ID kód scheme)
// lives it: an outreach worker adds a person with an anonymous code built from
// their answers, is warned when the same code comes again, finds the person by
// code and by a misspelled nickname, and edits the record. A peer educator may
// look people up and add them, but not open a record. One page, in order.
test.describe.configure({ mode: 'serial' });

let page: Page;
let t: ReturnType<typeof messagesOf>;
let clientPath = '';

// Ludmila / Tomáš / 7 August → LUD07TOM08 (the scheme's published example).
const code = 'LUD07TOM08';
const pseudonym = 'Bożenka';

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  t = messagesOf(page);
});
test.afterAll(async () => {
  await page.context().close();
});

/** Picks an option of a react-aria select by the select's label and the option's text. */
async function choose(scope: Page | Locator, label: string, option: string) {
  await scope
    .locator('.field')
    .filter({ has: page.locator('.field-label').getByText(label, { exact: true }) })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * axe on a long page: from the top, because whatever the sticky header covers
 * at the current scroll position would count as an obscured target.
 */
async function expectNoAxeViolationsFromTop(where: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page, where);
}

/** Signs a demo user in and waits for their account's language to take over. */
async function signIn(name: string, locale: string) {
  await submitSignIn(page, user(name), demoPassword);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('home.title'));
}

async function openPeople() {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: await t('nav.clients') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('nav.clients'));
}

/** Types the person's answers for the Czech ID kód into the new-person dialog. */
async function answerCode(dialog: Locator) {
  await dialog.getByLabel(await t('clients.codeFields.clientFirstName')).fill('Tomáš');
  await dialog.getByLabel(await t('clients.codeFields.motherFirstName')).fill('Ludmila');
  await dialog.getByLabel(await t('clients.codeFields.birthDay')).fill('7');
  await dialog.getByLabel(await t('clients.codeFields.birthMonth')).fill('8');
  await dialog.getByLabel(await t('clients.codeFields.birthMonth')).blur();
}

test('an outreach worker adds a person with an anonymous code built from their answers', async () => {
  // The Warsaw demo works in Polish.
  await signIn('outreach', 'pl');
  await openPeople();
  await expectNoAxeViolations(page, 'people');

  await page.getByRole('button', { name: await t('clients.new') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(await t('clients.pseudonym')).fill(pseudonym);
  await answerCode(dialog);
  // The code is shown live, exactly as core's scheme builds it.
  await expect(dialog.locator('output')).toHaveText(code);
  await choose(dialog, await t('clients.gender'), await t('clients.genderChoices.woman'));
  await choose(dialog, await t('clients.age'), await t('clients.ageChoices.dont_know'));
  await dialog.getByText(await t('clients.romani'), { exact: true }).click();
  await dialog.getByLabel(await t('clients.safeContact')).fill('tylko SMS, po 18:00');
  await expectNoAxeViolations(page, 'new person dialog');
  await dialog.getByRole('button', { name: await t('clients.create') }).click();

  // A reader of records lands on the person's page; its title names no one.
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  clientPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await t('clients.personTitle'));
  expect(await page.title()).not.toContain(pseudonym);
  await expect(page.locator('.lead')).toHaveText(pseudonym);
  const facts = page.locator('.facts');
  await expect(facts).toContainText(await t('clients.codeKinds.full'));
  await expect(facts).toContainText(await t('clients.missingShown.dont_know'));
  await expect(facts).toContainText(await t('clients.genderChoices.woman'));
  await expect(facts).toContainText('tylko SMS, po 18:00');
  // The page never shows the code: only its kind.
  await expect(page.locator('main')).not.toContainText(code);
  await expectNoAxeViolations(page, 'client page');
});

test('the same code again raises "is this the same person?"', async () => {
  await openPeople();
  await page.getByRole('button', { name: await t('clients.new') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(await t('clients.pseudonym')).fill('Nowa osoba');
  await answerCode(dialog);
  const warning = dialog.locator('.duplicates');
  await expect(warning).toContainText(await t('clients.duplicatesTitle'));
  await expect(warning.getByRole('link', { name: pseudonym })).toHaveAttribute('href', clientPath);
  await expect(warning).toContainText(await t('clients.matchCode'));
  await expectNoAxeViolations(page, 'new person dialog with a duplicate warning');
  await dialog.getByRole('button', { name: await t('common.cancel') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the person is found by code and by a misspelled nickname', async () => {
  const search = page.getByRole('search');
  const results = page.getByRole('region', { name: await t('clients.results') });
  await search.getByLabel(await t('clients.searchCode')).fill('lud-07 tom 08');
  await search.getByLabel(await t('clients.searchCode')).press('Enter');
  await expect(results.getByRole('link', { name: pseudonym })).toBeVisible();
  await expect(results).toContainText(await t('clients.matchCode'));
  await search.getByLabel(await t('clients.searchCode')).fill('');

  // "/" jumps to the search box from anywhere on the screen.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(search.getByLabel(await t('clients.searchPseudonym'))).toBeFocused();
  await page.keyboard.type('Borzenka');
  await expect(results.getByRole('link', { name: pseudonym })).toBeVisible();
  await expect(results).toContainText(await t('clients.matchPseudonym'));
  await expectNoAxeViolations(page, 'people with search results');
});

test('the outreach worker edits the record and replaces its code; missing answers stay apart from empty ones', async () => {
  await page.goto(clientPath);
  await page.getByRole('button', { name: await t('common.edit'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await choose(dialog, await t('clients.gender'), await t('clients.genderChoices.prefers_not_to_answer'));
  await choose(dialog, await t('clients.age'), await t('clients.ageChoices.year'));
  await dialog.getByRole('textbox', { name: await t('clients.birthYear') }).fill('1990');
  await dialog.getByRole('textbox', { name: await t('clients.birthYear') }).blur();
  await choose(dialog, await t('clients.assignedWorker'), 'Agnieszka R.');
  await expectNoAxeViolations(page, 'edit person dialog');
  await dialog.getByRole('button', { name: await t('common.save') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const facts = page.locator('.facts');
  await expect(facts).toContainText(await t('clients.missingShown.prefers_not_to_answer'));
  await expect(facts).toContainText(await t('clients.bornIn', { year: '1990' }));
  await expect(facts).not.toContainText(await t('clients.missingShown.dont_know'));
  await expect(facts).toContainText('Agnieszka R.');
  // Reads and changes are listed under "who opened this record".
  const log = page.getByRole('region', { name: await t('clients.accessLog') });
  await expect(log).toContainText(await t('clients.accessActions.client_updated'));
  await expect(log).toContainText(await t('clients.accessActions.client_created'));

  // A wrong code is replaced from the person's answers; the old one stops matching.
  await page.getByRole('button', { name: await t('clients.replaceCode') }).click();
  const codeDialog = page.getByRole('dialog');
  await codeDialog.getByLabel(await t('clients.codeFields.clientFirstName')).fill('Tomáš');
  await codeDialog.getByLabel(await t('clients.codeFields.motherFirstName')).fill('Ludmila');
  await codeDialog.getByLabel(await t('clients.codeFields.birthDay')).fill('7');
  await codeDialog.getByLabel(await t('clients.codeFields.birthMonth')).fill('9');
  await codeDialog.getByLabel(await t('clients.codeFields.birthMonth')).blur();
  await expect(codeDialog.locator('output')).toHaveText('LUD07TOM09');
  await expectNoAxeViolations(page, 'replace code dialog');
  await codeDialog.getByRole('button', { name: await t('clients.replaceCode') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(log).toContainText(await t('clients.accessActions.client_code_replaced'));

  // The list of everyone filters by assigned worker ("my people") on the server.
  await openPeople();
  const everyone = page.getByRole('region', { name: await t('clients.allTitle') });
  await expect(everyone.getByRole('link', { name: pseudonym })).toBeVisible();
  await choose(page.getByRole('main'), await t('clients.assignedWorker'), await t('clients.assignedToMe'));
  await expect(page).toHaveURL(/worker=/);
  await expect(everyone.getByRole('row')).toHaveCount(2);
  await expect(everyone.getByRole('link', { name: pseudonym })).toBeVisible();
  await expectNoAxeViolations(page, 'people, filtered');

  const search = page.getByRole('search');
  const results = page.getByRole('region', { name: await t('clients.results') });
  await search.getByLabel(await t('clients.searchCode')).fill(code);
  await search.getByLabel(await t('clients.searchCode')).press('Enter');
  await expect(page.getByText(await t('clients.noneFound'))).toBeVisible();
  await search.getByLabel(await t('clients.searchCode')).fill('LUD07TOM09');
  await search.getByLabel(await t('clients.searchCode')).press('Enter');
  await expect(results.getByRole('link', { name: pseudonym })).toBeVisible();
  await search.getByLabel(await t('clients.searchCode')).fill('');
});

test('a peer educator looks people up and adds them, but may not open a record', async () => {
  await signOut(page);
  // The demo's peer educator uses Kontakt in Ukrainian.
  await signIn('peer', 'uk');
  await openPeople();
  const search = page.getByRole('search');
  await search.getByLabel(await t('clients.searchPseudonym')).fill(pseudonym);
  const results = page.getByRole('region', { name: await t('clients.results') });
  // A look-up shows the person, without a link to a record the role may not read.
  await expect(results.getByRole('rowheader', { name: pseudonym })).toBeVisible();
  await expect(results.getByRole('link', { name: pseudonym })).toHaveCount(0);
  // No list of everyone for look-up roles.
  await expect(page.getByRole('heading', { name: await t('clients.allTitle') })).toHaveCount(0);

  await page.getByRole('button', { name: await t('clients.new') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(await t('clients.pseudonym')).fill('Mira');
  await dialog.getByText(await t('clients.temporaryCode'), { exact: true }).click();
  await dialog.getByRole('button', { name: await t('clients.create') }).click();
  await expect(dialog.getByRole('status').first()).toContainText('Mira');
  await expect(dialog.locator('.otp')).toHaveText(/^NCC\d{4,}$/);
  await expectNoAxeViolations(page, 'new person created with a temporary code');
  await dialog.getByRole('button', { name: await t('common.done') }).click();

  await page.goto(clientPath);
  await expect(page.getByRole('heading', { name: await t('noAccess.title') })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(pseudonym);
});

test('a coordinator records and withdraws a consent, opens the identity with a reason, merges a duplicate and undoes it', async () => {
  await signOut(page);
  await signInEnrollingTwoFactor(page, user('coordinator'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

  // A duplicate to merge later: the same person added again under another nickname.
  await openPeople();
  await page.getByRole('button', { name: await t('clients.new') }).click();
  const newDialog = page.getByRole('dialog');
  await newDialog.getByLabel(await t('clients.pseudonym')).fill('Bożenka z dworca');
  await newDialog.getByRole('button', { name: await t('clients.create') }).click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  const duplicatePath = new URL(page.url()).pathname;

  await page.goto(clientPath);
  await expect(page.locator('.lead')).toHaveText(pseudonym);

  // Consent: recorded, then withdrawn.
  await page.getByRole('button', { name: await t('clients.addConsent') }).click();
  const consentDialog = page.getByRole('dialog');
  await expectNoAxeViolationsFromTop('consent dialog');
  await consentDialog.getByRole('button', { name: await t('clients.addConsent') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const consents = page.getByRole('region', { name: await t('clients.consents') });
  await expect(consents).toContainText(await t('clients.consentPurposes.data_processing'));
  await expect(consents).toContainText(await t('clients.consentInForce'));
  await consents
    .getByRole('button', {
      name: await t('clients.withdrawNamed', { purpose: await t('clients.consentPurposes.data_processing') }),
    })
    .click();
  const withdrawDialog = page.getByRole('alertdialog');
  await withdrawDialog.getByRole('button', { name: await t('clients.withdraw') }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(consents).not.toContainText(await t('clients.consentInForce'));

  // Identity: only with a reason, which is checked before anything opens.
  await page.getByRole('button', { name: await t('clients.openIdentity') }).click();
  const reasonDialog = page.getByRole('dialog');
  await expect(reasonDialog).toContainText(await t('clients.identityWarning'));
  await reasonDialog.getByLabel(await t('clients.identityReason')).fill('abc');
  await reasonDialog.getByRole('button', { name: await t('clients.openIdentity') }).click();
  await expect(reasonDialog.locator('.field-error')).toBeVisible();
  await expectNoAxeViolationsFromTop('identity reason dialog with an error');
  await reasonDialog.getByLabel(await t('clients.identityReason')).fill('skierowanie do MOPS');
  await reasonDialog.getByRole('button', { name: await t('clients.openIdentity') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const identity = page.getByRole('region', { name: await t('clients.identity') });
  await expect(identity).toContainText(await t('clients.identityEmpty'));
  await identity.getByRole('button', { name: await t('clients.addIdentity') }).click();
  await identity.getByLabel(await t('clients.legalName')).fill('Bożena Testowa');
  await identity.getByRole('button', { name: await t('clients.addDocument') }).click();
  await identity.getByLabel(await t('clients.documentNumber', { n: '1' })).fill('ABC123456');
  await expectNoAxeViolationsFromTop('identity form');
  await identity.getByRole('button', { name: await t('common.save') }).click();
  await expect(identity).toContainText('Bożena Testowa');
  await expect(identity).toContainText('ABC123456');
  await identity.getByRole('button', { name: await t('clients.closeIdentity') }).click();
  await expect(page.locator('main')).not.toContainText('Bożena Testowa');
  const log = page.getByRole('region', { name: await t('clients.accessLog') });
  await expect(log).toContainText(await t('clients.accessActions.identity_opened'));
  await expect(log).toContainText(await t('clients.accessFlagged'));

  // Merge the duplicate in, then undo it.
  await page.getByRole('button', { name: await t('clients.mergeDuplicate') }).click();
  const mergeDialog = page.getByRole('dialog');
  await mergeDialog.getByLabel(await t('clients.searchPseudonym')).fill('Bożenka z');
  await mergeDialog.getByRole('button', { name: await t('clients.chooseNamed', { name: 'Bożenka z dworca' }) }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Bożenka z dworca');
  await expectNoAxeViolationsFromTop('merge confirmation');
  await confirm.getByRole('button', { name: await t('clients.mergeAction') }).click();
  const merges = page.getByRole('region', { name: await t('clients.merges') });
  await expect(merges.getByRole('status')).toContainText('Bożenka z dworca');
  await expect(merges.getByRole('link', { name: await t('clients.openMergedRecord') })).toHaveAttribute(
    'href',
    duplicatePath,
  );
  await merges
    .getByRole('status')
    .getByRole('button', { name: await t('clients.undo') })
    .click();
  await expect(merges.getByRole('status')).toContainText(await t('clients.mergeUndone', { name: 'Bożenka z dworca' }));
  await expect(merges).toContainText((await t('clients.undoneAt', { date: '' })).trim());
  await expectNoAxeViolationsFromTop('client page after a merge and its undo');
});
