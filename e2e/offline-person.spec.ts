import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { apiAs, FieldServer } from './field-server';
import { catalogueLabel, message, pluralMessage } from './messages';
import { demoPassword, expectNoAxeViolations, freshTotp, submitSignIn, user } from './support';

// A person's page on a phone offline (offline-sync.md, "How we prove it").
// Two devices editing one client: two phones of the Warsaw demo, both offline,
// change the same person — both the nickname, one of them the target groups
// too. Back online the later nickname is on the record, the target groups are
// merged in, and exactly one conflict entry keeps the other nickname; a
// coordinator resolves it in the inbox. And field work on a plan (issue 6,
// "Offline"): a step ticked off and a referral made with no network reach the
// server once the phone is back.

test.describe.configure({ mode: 'serial' });

const server = new FieldServer(Number(process.env.E2E_PORT ?? 3917) + 42);
const pin = '731946';
const locale = 'pl';
const t = (key: string, vars?: Record<string, string>) => message(locale, key, vars);

interface Phone {
  context: BrowserContext;
  page: Page;
}
const phones: Phone[] = [];
let coordinatorContext: BrowserContext | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await server.start();
});

test.afterAll(async () => {
  for (const p of phones) await p.context.close().catch(() => undefined);
  await coordinatorContext?.close().catch(() => undefined);
  await server.stop();
});

/** A phone of the demo user `name`: signed in and enrolled for field work (name and PIN), its first download done. */
async function enrolledPhone(browser: Browser, name: string, deviceName: string): Promise<Phone> {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'pl-PL',
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await submitSignIn(page, user(name), demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.title'));
  await page.goto('/account');
  await page.getByLabel(t('field.deviceName')).fill(deviceName);
  await page.getByLabel(t('field.newPin')).fill(pin);
  await page.getByLabel(t('field.pinAgain')).fill(pin);
  await page.getByRole('button', { name: t('field.enrol') }).click();
  await expect(page.getByText(t('field.enrolledHere', { name: deviceName }))).toBeVisible();
  await expect(page.locator('.sync-facts dd').nth(1)).not.toHaveText(t('field.never'), { timeout: 30_000 });
  const phone = { context, page };
  phones.push(phone);
  return phone;
}

/** Offline, the person's page opened by its address: the PIN opens the store, the page shows what the phone holds. */
async function openOffline({ context, page }: Phone, clientId: string) {
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('field.unlockTitle'));
  await page.getByLabel(t('field.pin')).fill(pin);
  await page.getByRole('button', { name: t('field.unlock') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('clients.personTitle'));
  await expect(page.getByRole('heading', { name: t('offlinePerson.heldTitle') })).toBeVisible();
  await expect(page.getByText(t('offlinePerson.intro'))).toBeVisible();
}

async function saveOffline(page: Page) {
  await page.getByRole('button', { name: t('offlinePerson.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('offlinePerson.saved') })).toBeVisible();
  await expect(page.locator('.sync-count')).toHaveText('1');
}

/** Signs the Warsaw coordinator in on this server, enrolling two-factor (this server's database is its own). */
async function signInCoordinator(page: Page) {
  await submitSignIn(page, user('coordinator'), demoPassword);
  await expect(page).toHaveURL(/\/sign-in\/two-factor\/setup/);
  const secret = ((await page.locator('.secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel(t('twoFactor.code')).fill(await freshTotp(secret));
  await page.getByRole('button', { name: t('twoFactor.enable'), exact: true }).click();
  await page.getByText(t('twoFactor.savedConfirm')).click();
  await page.getByRole('button', { name: t('common.continue') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.title'));
}

interface Conflict {
  id: string;
  field: string;
  pseudonym: string;
  winning: { value: unknown; userName: string | null; deviceName: string | null };
  losing: { value: unknown; userName: string | null; deviceName: string | null };
}

test('two phones edit one person offline: a field-by-field merge and one conflict entry a coordinator resolves', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const worker = await apiAs(server.url, 'outreach');
  const found = await worker.post<{ items: { id: string; pseudonym: string; targetGroupIds: string[] }[] }>(
    '/api/clients/search',
    { q: 'Ola' },
  );
  const ola = found.items.find((c) => c.pseudonym === 'Ola');
  if (!ola) throw new Error(`no Ola in the demo: ${JSON.stringify(found)}`);
  const groups = await worker.get<{ items: { id: string; key: string }[] }>('/api/catalogues/target_group');
  const added = groups.items.find((g) => g.key === 'people_who_use_drugs');
  if (!added || ola.targetGroupIds.includes(added.id)) throw new Error('the demo target groups changed');

  // Two workers of the street team enrol their phones: the outreach worker and the psychologist.
  const a = await enrolledPhone(browser, 'outreach', 'Telefon A');
  const b = await enrolledPhone(browser, 'counsellor.psych', 'Telefon B');

  // Phone A, offline: a new nickname and one more target group.
  await openOffline(a, ola.id);
  await expectNoAxeViolations(a.page, 'offline person page (pl, phone)');
  await a.page.getByLabel(t('clients.pseudonym'), { exact: true }).fill('Ola z dworca');
  await a.page.getByText(catalogueLabel(locale, 'target_group', 'people_who_use_drugs'), { exact: true }).click();
  await saveOffline(a.page);
  await expect(a.page.locator('.lead')).toHaveText('Ola z dworca');
  await expectNoAxeViolations(a.page, 'offline person page after saving (pl, phone)');

  // Phone B, offline and later: another nickname for the same person, without having seen A's.
  await openOffline(b, ola.id);
  await expect(b.page.locator('.lead')).toHaveText('Ola');
  await b.page.getByLabel(t('clients.pseudonym'), { exact: true }).fill('Ola spod mostu');
  await saveOffline(b.page);

  // Both reconnect; each phone sends its edit.
  await Promise.all([a.context.setOffline(false), b.context.setOffline(false)]);
  await expect(a.page.locator('.sync-count')).toHaveText('0', { timeout: 30_000 });
  await expect(b.page.locator('.sync-count')).toHaveText('0', { timeout: 30_000 });

  // The later nickname is on the record; A's target group is merged in with the person's own.
  const after = await worker.get<{ pseudonym: string; targetGroupIds: string[] }>(`/api/clients/${ola.id}`);
  expect(after.pseudonym).toBe('Ola spod mostu');
  expect([...after.targetGroupIds].sort()).toEqual([...ola.targetGroupIds, added.id].sort());
  await worker.dispose();

  // The coordinator's inbox: exactly one open entry, keeping A's nickname.
  coordinatorContext = await browser.newContext({ baseURL: server.url, locale: 'pl-PL' });
  const page = await coordinatorContext.newPage();
  await signInCoordinator(page);
  const open = (await (await page.request.get('/api/sync/conflicts')).json()) as { total: number; items: Conflict[] };
  expect(open.total).toBe(1);
  expect(open.items[0]).toMatchObject({
    field: 'pseudonym',
    pseudonym: 'Ola spod mostu',
    winning: { value: 'Ola spod mostu', userName: 'Katarzyna M.', deviceName: 'Telefon B' },
    losing: { value: 'Ola z dworca', userName: 'Agnieszka R.', deviceName: 'Telefon A' },
  });

  await page
    .getByRole('navigation', { name: t('nav.label') })
    .getByRole('link', { name: t('nav.conflicts') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nav.conflicts'));
  await expect(page.getByText(pluralMessage(locale, 'conflicts.countOpen', 1))).toBeVisible();
  const entry = page.locator('.conflict');
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('heading', { level: 3 })).toContainText('Ola spod mostu');
  await expect(entry.locator('.conflict-side').nth(0)).toContainText('Ola spod mostu');
  await expect(entry.locator('.conflict-side').nth(0)).toContainText('Telefon B');
  await expect(entry.locator('.conflict-side').nth(1)).toContainText('Ola z dworca');
  await expect(entry.locator('.conflict-side').nth(1)).toContainText('Agnieszka R.');
  await expectNoAxeViolations(page, 'conflict inbox with an open entry (pl)');

  // Keep the current value: the entry leaves the open list and is among the resolved ones.
  await entry
    .getByRole('button', {
      name: t('conflicts.keepCurrentNamed', { field: t('conflicts.fields.pseudonym'), name: 'Ola spod mostu' }),
    })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: t('conflicts.keptSaved', { name: 'Ola spod mostu' }) }),
  ).toBeVisible();
  await expect(page.getByText(t('conflicts.noneOpen'))).toBeVisible();
  await expect(page.locator('.conflict')).toHaveCount(0);
  const stillOpen = (await (await page.request.get('/api/sync/conflicts')).json()) as { total: number };
  expect(stillOpen.total).toBe(0);

  await page.locator('.chip').getByText(t('conflicts.statuses.resolved'), { exact: true }).click();
  await expect(page).toHaveURL(/status=resolved/);
  await expect(page.locator('.conflict')).toHaveCount(1);
  const resolvedBy = t('conflicts.resolvedKept', { name: 'Tomasz W.', date: '\u0000' }).split('\u0000')[0] ?? '';
  await expect(page.locator('.conflict')).toContainText(resolvedBy);
  await expectNoAxeViolations(page, 'conflict inbox, resolved (pl)');
});

/** Ticks a react-aria checkbox by its label (the input itself is hidden). */
async function tick(scope: Locator, label: string) {
  await scope.locator('.checkbox').getByText(label, { exact: true }).click();
  await expect(scope.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
}

interface HeldPlan {
  status: string;
  goals: { domain: string; steps: { id: string; title: string; doneOn: string | null }[] }[];
}

test('in the field offline: a plan step ticked off and a referral with consent reach the server once online', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const worker = await apiAs(server.url, 'outreach');
  const found = await worker.post<{ items: { id: string; pseudonym: string }[] }>('/api/clients/search', {
    q: 'Kuba spod bazaru',
  });
  const kuba = found.items.find((c) => c.pseudonym === 'Kuba spod bazaru');
  if (!kuba) throw new Error(`no Kuba in the demo: ${JSON.stringify(found)}`);
  const plans = await worker.get<{ items: HeldPlan[] }>(`/api/clients/${kuba.id}/plans`);
  const step = plans.items
    .find((p) => p.status === 'active')
    ?.goals.flatMap((g) => g.steps)
    .find((s) => s.title === 'Wizyta w urzędzie dzielnicy');
  if (!step || step.doneOn) throw new Error(`the demo plan changed: ${JSON.stringify(plans)}`);
  const referralsBefore = (await worker.get<{ items: unknown[] }>(`/api/clients/${kuba.id}/referrals`)).items.length;

  const phone = await enrolledPhone(browser, 'outreach', 'Telefon C');
  const { page } = phone;
  await openOffline(phone, kuba.id);

  // The steps this phone holds: the worker's own and Kuba's; the goals' wording stays on the server.
  const steps = page.getByRole('region', { name: t('offlineWork.planTitle') });
  await expect(steps.getByRole('checkbox')).toHaveCount(2);
  await expect(steps).not.toContainText('Odzyskać dowód');
  const label = `${t('plans.domains.documents')}: Wizyta w urzędzie dzielnicy`;
  await steps.locator('.checkbox').getByText(label, { exact: false }).click();
  await expect(steps.getByRole('checkbox', { name: label, exact: false })).toBeChecked();
  await expect(page.locator('.sync-count')).toHaveText('1');

  // A referral to the infectious-diseases clinic, from the directory on the phone, sharing only the pseudonym.
  const referral = page.getByRole('region', { name: t('offlineWork.referralTitle') });
  await referral.getByRole('button', { name: t('referrals.refer'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: t('referrals.searchService') }).fill('zakaźny');
  const choice = t('referrals.serviceAt', {
    service: 'Testy i leczenie HIV, HCV, STI',
    partner: 'Szpital Zakaźny — Poradnia Profilaktyczno-Lecznicza',
  });
  await dialog
    .locator('.field')
    .filter({ has: page.locator('.field-label').getByText(t('referrals.chooseService'), { exact: true }) })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: choice, exact: true }).click();
  await tick(dialog, t('referrals.consent'));
  await tick(dialog, t('referrals.sharedItems.pseudonym'));
  await expectNoAxeViolations(page, 'referral form offline (pl, phone)');
  await dialog.getByRole('button', { name: t('referrals.send') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(referral.getByRole('status').filter({ hasText: t('offlineWork.referralSaved') })).toBeVisible();
  await expect(page.locator('.sync-count')).toHaveText('2');
  await expectNoAxeViolations(page, 'offline person page with field work (pl, phone)');

  // Back online, both are sent, and the tick stays ticked.
  await phone.context.setOffline(false);
  await expect(page.locator('.sync-count')).toHaveText('0', { timeout: 30_000 });
  const after = await worker.get<{ items: HeldPlan[] }>(`/api/clients/${kuba.id}/plans`);
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  expect(after.items[0]?.goals.flatMap((g) => g.steps).find((s) => s.id === step.id)?.doneOn).toBe(today);
  const referrals = await worker.get<{
    items: { serviceName: string; consentGiven: boolean; shared: string[]; status: string }[];
  }>(`/api/clients/${kuba.id}/referrals`);
  expect(referrals.items).toHaveLength(referralsBefore + 1);
  expect(referrals.items).toContainEqual(
    expect.objectContaining({
      serviceName: 'Testy i leczenie HIV, HCV, STI',
      consentGiven: true,
      shared: ['pseudonym'],
      status: 'sent',
    }),
  );
  await worker.dispose();
});
