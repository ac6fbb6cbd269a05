import { type Browser, type BrowserContext, expect, type Page, request, test } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { type Locale, message } from './messages';
import { expectNoSidewaysScroll } from './outreach-steps';
import { demoPassword, expectNoAxeViolations, signInWithTwoFactor, submitSignIn, user } from './support';

// axe on every screen, in all four languages, on a desktop and on a 360 px
// phone, plus the dialog each admin screen opens to create a record. The Prague
// demo admin is used so this file does not depend on the platform journey.
const locales: Locale[] = ['pl', 'cs', 'en', 'uk'];
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

/** Signed-in screens and the message key of the button that opens their "new" dialog. */
const screens: { path: string; newKey?: string }[] = [
  { path: '/' },
  { path: '/account' },
  { path: '/account/two-factor' },
  { path: '/clients' },
  { path: '/admin/users', newKey: 'users.new' },
  { path: '/admin/teams', newKey: 'teams.new' },
  { path: '/admin/sites', newKey: 'sites.new' },
  { path: '/admin/areas', newKey: 'areas.new' },
  { path: '/admin/catalogues' },
  { path: '/admin/organisation' },
  { path: '/admin/audit' },
  { path: '/outreach/workers' },
  { path: '/housing' },
  // The admin reads the desk and the occupancy (visits.read) without recording visits.
  { path: '/reception' },
  { path: '/reception/occupancy' },
  // The admin reads the calendar without booking (the booking form: counselling.spec.ts).
  { path: '/counselling' },
  { path: '/indoor/statistics' },
  // The conflict inbox holds two open entries (makeConflicts); the admin reads it without answering.
  { path: '/sync/conflicts' },
  { path: '/sync/conflicts?status=resolved' },
  // The partner directory, filtered too (the partner's own page: addPartner).
  { path: '/partners', newKey: 'partners.new' },
  { path: '/partners?type=shelter&inactive=true' },
  { path: '/partners/keys', newKey: 'directoryKeys.new' },
  { path: '/partners/import' },
  // Open referrals to follow up (the person's section and the form: referrals.spec.ts).
  { path: '/referrals' },
  // Referral and plan figures (the Prague demo has none yet: the empty parts; with figures: referral-statistics.spec.ts).
  { path: '/referrals/statistics' },
  // What is due on support plans, everyone's (the plan forms: plans.spec.ts).
  { path: '/plans/due' },
  { path: '/no-such-page' },
];

/**
 * The outreach screens, as the Prague outreach worker sees them (the admin
 * neither records contacts nor closes episodes). `nextKey` is a button that
 * leads to a further screen to check (recording a contact: who → what);
 * `cardsIn` is where the first "open the card" button opens a recorded card
 * (the shift's table of contacts, the list of follow-ups), checked as read and
 * as being corrected.
 */
const outreachScreens = (
  shift: string,
): { path: string; newKey?: string; nextKey?: string; cardsIn?: 'contacts' | 'followUps' }[] => [
  { path: '/' },
  { path: '/shifts', newKey: 'shifts.planTitle' },
  { path: shift, newKey: 'shifts.edit', cardsIn: 'contacts' },
  { path: `${shift}/contact`, nextKey: 'contacts.anonymousContact' },
  { path: `${shift}/report` },
  { path: '/follow-ups', cardsIn: 'followUps' },
  { path: '/stock' },
  { path: '/outreach/statistics?groupBy=area' },
  { path: '/clients/exit-review?days=1' },
];

/**
 * Adds a person in the Prague demo as its outreach worker (the admin reads
 * people but does not add them) and returns the person's page, checking the
 * new-person dialog on the way.
 */
async function addPerson(browser: Browser): Promise<string> {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  const page = await context.newPage();
  await submitSignIn(page, user('outreach', 'demo2'), demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('cs', 'home.title'));
  await page.goto('/clients');
  await page.getByRole('button', { name: message('cs', 'clients.new') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(message('cs', 'clients.pseudonym')).fill('Jarka');
  await dialog.getByLabel(message('cs', 'clients.codeFields.clientFirstName')).fill('Jaroslava');
  await expectNoAxeViolations(page, 'new person dialog (cs)');
  await dialog.getByText(message('cs', 'clients.temporaryCode'), { exact: true }).click();
  await dialog.getByRole('button', { name: message('cs', 'clients.create') }).click();
  await expect(dialog.locator('.otp')).toHaveText(/^NCC\d+$/);
  await dialog.getByRole('button', { name: message('cs', 'clients.openPage') }).click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await context.close();
  return path;
}

/** The API as a Prague demo user (its own cookies), for arranging what a screen shows. */
async function pragueApi(baseURL: string, name: string) {
  const http = await request.newContext({ baseURL });
  const anonymous = (await (await http.get('/api/auth/session')).json()) as { csrfToken: string };
  const signIn = await http.post('/api/auth/sign-in', {
    data: { email: user(name, 'demo2'), password: demoPassword },
    headers: { 'X-CSRF-Token': anonymous.csrfToken },
  });
  expect(signIn.ok(), `sign-in of ${name}`).toBe(true);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return {
    get: async <T>(path: string) => (await (await http.get(path)).json()) as T,
    post: async <T>(path: string, data: unknown) => {
      const res = await http.post(path, { data, headers: { 'X-CSRF-Token': csrfToken } });
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()) as T;
    },
    dispose: () => http.dispose(),
  };
}

/**
 * Two phones of the Prague demo change the nickname and the target groups of
 * the person at `personPath` without seeing each other's edit (as their outboxes
 * would send it): the conflict inbox then holds two open entries.
 */
async function makeConflicts(baseURL: string, personPath: string) {
  const clientId = personPath.split('/').at(-1) ?? '';
  const edit = async (name: string, ago: number, pseudonym: string, group: number) => {
    const api = await pragueApi(baseURL, name);
    const groups = await api.get<{ items: { id: string }[] }>('/api/catalogues/target_group');
    const deviceId = uuidv7();
    await api.post('/api/devices', { id: deviceId, name: `${name} phone` });
    const hlc = `${String(Date.now() - ago).padStart(13, '0')}:00000:${deviceId}`;
    const answer = await api.post<{ results: { outcome: string }[] }>('/api/sync/push', {
      deviceId,
      operations: [
        {
          opId: uuidv7(),
          type: 'client.update',
          recordId: clientId,
          payload: {
            fields: {
              pseudonym: { value: pseudonym, hlc, base: null },
              targetGroupIds: { value: [groups.items[group]?.id], hlc, base: null },
            },
          },
        },
      ],
    });
    expect(answer.results.map((r) => r.outcome)).toEqual(['applied']);
    await api.dispose();
  };
  await edit('outreach', 2_000, 'Jarka A', 0);
  await edit('counsellor.psych', 1_000, 'Jarka B', 1);
}

/**
 * Plans and starts a shift as the signed-in outreach worker (all defaults),
 * records an anonymous contact on it (so it has a card to open) and returns
 * its page.
 */
async function startShift(page: Page): Promise<string> {
  await page.goto('/shifts');
  await page.getByRole('button', { name: message('cs', 'shifts.planTitle') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: message('cs', 'shifts.plan') })
    .click();
  await expect(page).toHaveURL(/\/shifts\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: message('cs', 'shifts.start') }).click();
  await page.getByRole('link', { name: message('cs', 'contacts.record') }).click();
  await page.getByRole('button', { name: message('cs', 'contacts.anonymousContact') }).click();
  await page.getByRole('button', { name: message('cs', 'contacts.save') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: message('cs', 'contacts.savedKinds.anonymous') }),
  ).toBeVisible();
  return new URL(page.url()).pathname;
}

/**
 * Adds a partner to the Prague demo as the signed-in admin, through the API
 * with the page's own session, with every part its page shows: a contact
 * person, the cooperation procedure, a confidential place and a service with
 * types, target groups, languages and opening hours. Returns its page.
 */
async function addPartner(page: Page): Promise<string> {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const post = async (path: string, data: unknown) => {
    const res = await page.request.post(path, { data, headers: { 'X-CSRF-Token': csrfToken } });
    expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
    return ((await res.json()) as { id: string }).id;
  };
  const partnerId = await post('/api/partners', {
    name: 'Azylový dům Bezpečí',
    phone: '+420 200 000 999',
    website: 'https://example.org/bezpeci',
    cooperationProcedure: 'Volat na službu; doporučení posíláme e-mailem.',
    contacts: [{ name: 'Petra N.', title: 'Sociální pracovnice', email: 'petra@example.org' }],
  });
  const placeId = await post('/api/partner-locations', {
    partnerId,
    name: 'Azylový dům',
    address: 'utajená adresa',
    city: 'Praha',
    country: 'CZ',
    confidential: true,
  });
  await post('/api/partner-services', {
    partnerId,
    name: 'Azyl pro ženy',
    serviceTypes: ['shelter', 'crisis_intervention'],
    targetGroups: ['women_in_crisis'],
    languages: ['cs', 'uk'],
    minimumAge: 18,
    hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:00', closesAt: '16:00', note: 'jinak telefonicky' }],
    locationIds: [placeId],
  });
  return `/partners/${partnerId}`;
}

/** Switches the language and waits until the account has saved it (the next load follows the account). */
async function setLocale(page: Page, locale: Locale) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByRole('banner').getByRole('combobox').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  expect((await saved).ok()).toBe(true);
}

test('the sign-in screen passes axe in every language and size', async ({ browser }) => {
  for (const viewport of viewports) {
    for (const locale of locales) {
      const context = await browser.newContext({ locale, viewport });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(locale, 'auth.signInTitle'));
      await expectNoAxeViolations(page, `sign-in (${locale}, ${viewport.name})`);
      await expectNoSidewaysScroll(page, `sign-in (${viewport.name})`);
      await context.close();
    }
  }
});

/**
 * No part of the screen failed to load: an accessible error panel passes axe,
 * so a screen whose every request is refused (a bad parameter, a permission the
 * role lacks) would otherwise walk through.
 */
async function expectEverythingLoaded(page: Page, locale: Locale, where: string) {
  await expect(page.getByText(message(locale, 'common.loadFailed')), `${where}: a part failed to load`).toHaveCount(0);
}

/** Checks one screen as it is now: axe, and on a phone no sideways scroll; then its "new" dialog. */
async function checkScreen(page: Page, locale: Locale, screen: { path: string; newKey?: string }, size: string) {
  const where = `${screen.path} (${locale}, ${size})`;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expectEverythingLoaded(page, locale, where);
  await expectNoAxeViolations(page, where);
  if (size === 'phone') await expectNoSidewaysScroll(page, where);
  if (screen.newKey) {
    await page.getByRole('button', { name: message(locale, screen.newKey) }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, `${where}, new-record dialog`);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: message(locale, 'common.cancel') })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
}

/**
 * The admin's walk, one test per language (each well inside its time on a
 * loaded machine): the records the screens show are made once, in the first
 * test that runs, and the signed-in page is shared.
 */
test.describe('every signed-in screen and its new-record dialog passes axe', () => {
  test.describe.configure({ mode: 'serial' });
  let context: BrowserContext;
  let page: Page;
  let all: { path: string; newKey?: string }[];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    context = await browser.newContext({ locale: 'en-GB' });
    page = await context.newPage();
    await signInWithTwoFactor(page, user('admin', 'demo2'));
    await page.goto('/admin/users');
    const firstUser = await page.getByRole('table').getByRole('link').first().getAttribute('href');
    const person = await addPerson(browser);
    await makeConflicts(test.info().project.use.baseURL ?? '', person);
    const partner = await addPartner(page);
    all = [
      ...screens,
      { path: firstUser ?? '/admin/users' },
      { path: person },
      { path: partner, newKey: 'partners.addService' },
    ];
  });

  test.afterAll(async () => {
    await context?.close();
  });

  for (const locale of locales) {
    test(`in ${locale}, on a desktop and a phone`, async () => {
      test.setTimeout(300_000);
      // The language is switched in the desktop header (on a phone it sits in the menu).
      await page.setViewportSize(viewports[0]!);
      await page.goto('/');
      if ((await page.locator('html').getAttribute('lang')) !== locale) await setLocale(page, locale);
      // Each screen is loaded once and checked at both sizes: the layout follows the resize.
      for (const screen of all) {
        await page.setViewportSize(viewports[0]!);
        await page.goto(screen.path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await checkScreen(page, locale, screen, 'desktop');
        await page.setViewportSize(viewports[1]!);
        await checkScreen(page, locale, screen, 'phone');
      }
    });
  }
});

test('every outreach screen passes axe in every language and size, with its optional parts open', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await submitSignIn(page, user('outreach', 'demo2'), demoPassword);
  // The account's language (Czech) takes over.
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('cs', 'home.title'));
  const all = outreachScreens(await startShift(page));

  for (const locale of locales) {
    await page.setViewportSize(viewports[0]!);
    await page.goto('/');
    if ((await page.locator('html').getAttribute('lang')) !== locale) await setLocale(page, locale);
    for (const screen of all) {
      // A screen opened once serves both sizes, unless its check opened a dialog or moved on.
      const interacts = Boolean(screen.newKey || screen.cardsIn || screen.nextKey);
      for (const viewport of viewports) {
        const where = `${screen.path} (${locale}, ${viewport.name})`;
        await page.setViewportSize(viewport);
        if (viewport === viewports[0] || interacts) await page.goto(screen.path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('status').filter({ hasText: message(locale, 'common.loading') })).toHaveCount(0);
        await expectEverythingLoaded(page, locale, where);
        await expectNoAxeViolations(page, where);
        if (viewport.name === 'phone') await expectNoSidewaysScroll(page, where);
        if (screen.newKey) {
          await page.getByRole('button', { name: message(locale, screen.newKey) }).click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await expectNoAxeViolations(page, `${where}, new-record dialog`);
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
        }
        if (screen.cardsIn) {
          const list =
            screen.cardsIn === 'contacts'
              ? page.getByRole('table', { name: message(locale, 'contacts.title'), exact: true })
              : page.locator('.action-list');
          await list
            .getByRole('button', { name: message(locale, 'contacts.openCard') })
            .first()
            .click();
          const card = page.getByRole('dialog');
          await expect(card.locator('.card-facts')).toBeVisible();
          await expectNoAxeViolations(page, `${where}, a recorded card`);
          if (viewport.name === 'phone') await expectNoSidewaysScroll(page, `${where}, a recorded card`);
          // The shift's own cards can still be corrected (the demo's follow-up is on an approved shift).
          if (screen.cardsIn === 'contacts') {
            await card.getByRole('button', { name: message(locale, 'contacts.correct') }).click();
            await expect(card.getByRole('button', { name: message(locale, 'contacts.saveCorrection') })).toBeVisible();
            await expectNoAxeViolations(page, `${where}, correcting a card`);
          } else {
            await expect(card.getByText(message(locale, 'contacts.cardClosed'))).toBeVisible();
          }
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
        }
        if (screen.nextKey) {
          await page.getByRole('button', { name: message(locale, screen.nextKey) }).click();
          await expect(page).toHaveURL(/step=what/);
          // Every optional part open, so axe sees all of the form.
          await page.evaluate(() => {
            for (const part of document.querySelectorAll('details')) part.open = true;
            window.scrollTo(0, 0);
          });
          await expectNoAxeViolations(page, `${where}, next screen`);
          if (viewport.name === 'phone') await expectNoSidewaysScroll(page, `${where}, next screen`);
        }
      }
    }
  }
  await context.close();
});
