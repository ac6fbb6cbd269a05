import { expect, type Locator, type Page, test } from '@playwright/test';
import { message } from './messages';
import { expectNoAxeViolations, signInWithTwoFactor, user } from './support';

// Issue 6, "Referrals … from a contact, a visit, an appointment or the client
// page": the Warsaw coordinator refers a person from their visit on the desk's
// day sheet and from their appointment; each referral remembers the record it
// came from. (From the page and from contact cards: referrals.spec.ts.)

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);

/** The API with the page's own session (the coordinator has two-factor: the browser signs in). */
async function apiOf(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  return {
    get: async <T>(path: string) => (await (await page.request.get(path)).json()) as T,
    post: async <T>(path: string, data: unknown) => {
      const res = await page.request.post(path, { data, headers: { 'X-CSRF-Token': csrfToken } });
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()) as T;
    },
  };
}

async function tick(scope: Locator, label: string) {
  await scope.locator('.checkbox').getByText(label, { exact: true }).click();
  await expect(scope.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
}

/** Fills the open referral dialog: a service found by `search`, the person's consent, the pseudonym shared; sends it. */
async function refer(page: Page, search: string, service: string, partner: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: pl('referrals.searchService') }).fill(search);
  await dialog
    .locator('.field')
    .filter({ has: page.locator('.field-label').getByText(pl('referrals.chooseService'), { exact: true }) })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: pl('referrals.serviceAt', { service, partner }), exact: true }).click();
  await tick(dialog, pl('referrals.consent'));
  await tick(dialog, pl('referrals.sharedItems.pseudonym'));
  await dialog.getByRole('button', { name: pl('referrals.send') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: pl('referrals.sent') })).toBeVisible();
}

test('a referral from a visit on the day sheet and one from an appointment remember where they came from', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await signInWithTwoFactor(page, user('coordinator'));
  const api = await apiOf(page);
  const pseudonym = `Z wizyty ${Date.now().toString(36)}`;
  const person = await api.post<{ id: string }>('/api/clients', { pseudonym });
  const sites = await api.get<{ items: { id: string; type: string; active: boolean }[] }>('/api/sites');
  const dropIn = sites.items.find((s) => s.type === 'drop_in_centre' && s.active);
  if (!dropIn) throw new Error('no drop-in centre in the Warsaw demo');
  const visit = await api.post<{ id: string }>('/api/visits', { siteId: dropIn.id, clientId: person.id });
  const users = await api.get<{ items: { id: string; email: string }[] }>('/api/users?pageSize=100');
  const counsellor = users.items.find((u) => u.email === user('counsellor.legal'));
  if (!counsellor) throw new Error('no legal counsellor in the Warsaw demo');
  const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const appointment = await api.post<{ id: string }>('/api/appointments', {
    clientId: person.id,
    counsellorId: counsellor.id,
    discipline: 'legal',
    startsAt: `${startsAt}T10:00:00+01:00`,
    place: 'outreach',
  });

  // The day sheet: "Refer" under the person's name.
  await page.goto(`/reception?site=${dropIn.id}`);
  await page.getByRole('button', { name: pl('referrals.referNamed', { name: pseudonym }) }).click();
  await expectNoAxeViolations(page, 'referral from a visit (pl)');
  await refer(
    page,
    'bezdomności',
    'Pomoc społeczna dla osób w kryzysie bezdomności',
    'Ośrodek Pomocy Społecznej Praga-Północ',
  );

  // The appointment's page.
  await page.goto(`/counselling/appointments/${appointment.id}`);
  await page.getByRole('button', { name: pl('referrals.refer'), exact: true }).click();
  await refer(page, 'prawne', 'Porady prawne: najem, długi, prawo pracy', 'Klinika Prawa — bezpłatna pomoc prawna');
  await expectNoAxeViolations(page, 'appointment after a referral (pl)');

  const made = await api.get<{ items: { source: string; sourceId: string | null; serviceName: string }[] }>(
    `/api/clients/${person.id}/referrals`,
  );
  expect(made.items).toHaveLength(2);
  expect(made.items).toContainEqual(
    expect.objectContaining({
      source: 'visit',
      sourceId: visit.id,
      serviceName: 'Pomoc społeczna dla osób w kryzysie bezdomności',
    }),
  );
  expect(made.items).toContainEqual(
    expect.objectContaining({
      source: 'appointment',
      sourceId: appointment.id,
      serviceName: 'Porady prawne: najem, długi, prawo pracy',
    }),
  );
  await context.close();
});
