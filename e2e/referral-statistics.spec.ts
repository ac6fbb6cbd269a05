import { expect, type Page, test } from '@playwright/test';
import { catalogueLabel, message } from './messages';
import { expectNoSidewaysScroll, signIn } from './outreach-steps';
import { expectNoAxeViolations } from './support';

// The referral and plan figures of a period, read as the Warsaw addiction
// counsellor (who refers, records outcomes and works on plans): the figures the
// screen shows before, a referral made and completed and a plan agreed with a
// goal achieved through the API with the browser's own session, then the same
// figures after a reload — each changed by exactly what was done. A peer worker
// (no referrals.read) neither sees the screen in the menu nor opens it.

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);
const uk = (key: string) => message('uk', key);
const service = 'Leczenie substytucyjne (metadon, buprenorfina)';
const partner = 'Poradnia leczenia substytucyjnego';

/** An ISO day `days` from today in the demo's zone. */
function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(d);
}

/** The API with the page's own session (and its CSRF token for writes). */
async function pageApi(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const send = async <T>(method: 'post' | 'patch', path: string, data: unknown) => {
    const res = await page.request[method](path, { data, headers: { 'X-CSRF-Token': csrfToken } });
    expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  };
  return {
    get: async <T>(path: string, params?: Record<string, string>) => {
      const res = await page.request.get(path, { params });
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()) as T;
    },
    post: <T>(path: string, data: unknown) => send<T>('post', path, data),
    patch: <T>(path: string, data: unknown) => send<T>('patch', path, data),
  };
}

const number = (text: string | null) => Number((text ?? '').replace(/\s/g, ''));

/** The screen's figures as it shows them: the boxes by their term, table rows by their header. */
function figures(page: Page) {
  const part = (titleKey: string) => page.getByRole('region', { name: pl(titleKey), exact: true });
  const figure = (titleKey: string, termKey: string) =>
    part(titleKey)
      .locator('.figure')
      .filter({ has: page.locator('dt').getByText(pl(termKey), { exact: true }) })
      .locator('dd');
  /** A row's cells as numbers, or null when the table has no such row. */
  const row = async (titleKey: string, captionKey: string, header: string) => {
    const found = part(titleKey)
      .getByRole('table', { name: pl(captionKey), exact: true })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
    if ((await found.count()) === 0) return null;
    return (await found.getByRole('cell').allTextContents()).map(number);
  };
  return {
    async read(reason: string) {
      // Both parts loaded, and neither is an error panel (a refused parameter shows one).
      await expect(page.getByText(pl('common.loadFailed'))).toHaveCount(0);
      await expect(figure('referralStatistics.referralsTitle', 'referralStatistics.total')).toBeVisible();
      await expect(figure('referralStatistics.plansTitle', 'referralStatistics.plansAgreed')).toBeVisible();
      const r = 'referralStatistics.referralsTitle';
      const p = 'referralStatistics.plansTitle';
      return {
        total: number(await figure(r, 'referralStatistics.total').textContent()),
        withOutcome: number(await figure(r, 'referralStatistics.withOutcome').textContent()),
        completed: await row(r, 'referralStatistics.byStatusCaption', pl('referrals.statuses.completed')),
        partner: await row(r, 'referralStatistics.byPartnerCaption', partner),
        reason: await row(r, 'referralStatistics.byReasonCaption', reason),
        plans: number(await figure(p, 'referralStatistics.plansAgreed').textContent()),
        withGoal: number(await figure(p, 'referralStatistics.withGoalAchieved').textContent()),
        work: await row(p, 'referralStatistics.goalsCaption', pl('plans.domains.work')),
      };
    },
    median: () => figure('referralStatistics.referralsTitle', 'referralStatistics.medianDays'),
  };
}

interface ReferralStats {
  total: number;
  byStatus: { status: string; count: number }[];
  daysToOutcome: { median: number | null; count: number };
}

test('the referral and plan figures change by exactly one referral completed and one plan with a goal achieved', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await signIn(page, 'counsellor.psych', 'pl');
  const api = await pageApi(page);
  const reason = catalogueLabel('pl', 'referral_reason', 'medical_care');

  // The last 90 days hold the demo's referrals (45 and 9 days ago) and plans (60 and 10 days ago).
  const from = dayFromToday(-90);
  const to = dayFromToday(0);
  const view = figures(page);
  // Reached from the menu, like any screen.
  await page.goto('/referrals');
  await page
    .getByRole('navigation', { name: pl('nav.label') })
    .getByRole('link', { name: pl('nav.referralStatistics') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('nav.referralStatistics'));
  await page.goto(`/referrals/statistics?from=${from}&to=${to}`);
  await expect(page.getByRole('textbox', { name: pl('outreachStats.from') })).toHaveValue(from);
  const before = await view.read(reason);
  // Actual figures, the ones the API gives for the period.
  const asked = await api.get<ReferralStats>('/api/referrals/statistics', { from, to });
  expect(before.total).toBe(asked.total);
  expect(before.total).toBeGreaterThanOrEqual(2);
  expect(before.withOutcome).toBe(asked.daysToOutcome.count);
  expect(before.completed).toEqual([asked.byStatus.find((s) => s.status === 'completed')?.count]);
  expect(before.partner?.[0]).toBeGreaterThanOrEqual(1);
  expect(before.plans).toBeGreaterThanOrEqual(2);
  expect(before.withGoal).toBeGreaterThanOrEqual(1);
  await expectNoAxeViolations(page, 'referral and plan figures (pl)');

  // A day of its own, five days ago, on which nobody else refers: nothing yet.
  const day = dayFromToday(-5);
  await page.goto(`/referrals/statistics?from=${day}&to=${day}`);
  await expect(page.getByText(pl('referralStatistics.none'))).toBeVisible();

  // A new person referred five days ago for medical care, completed two days ago;
  // a plan agreed three days ago with one goal, about work, achieved.
  const person = await api.post<{ id: string }>('/api/clients', { pseudonym: `Statystyka ${stamp}` });
  const services = await api.get<{ items: { id: string; name: string }[] }>('/api/partner-services', {
    q: 'substytucyjne',
  });
  const serviceId = services.items.find((s) => s.name === service)?.id;
  expect(serviceId, 'the demo substitution service').toBeTruthy();
  const reasons = await api.get<{ items: { id: string; key: string }[] }>('/api/catalogues/referral_reason');
  const reasonId = reasons.items.find((r) => r.key === 'medical_care')?.id;
  const referral = await api.post<{ id: string }>('/api/referrals', {
    clientId: person.id,
    partnerServiceId: serviceId,
    reasonId,
    referredOn: day,
    source: 'client',
    sourceId: null,
  });
  await api.post(`/api/referrals/${referral.id}/status`, { status: 'completed', on: dayFromToday(-2) });
  const plan = await api.post<{ goals: { id: string }[] }>(`/api/clients/${person.id}/plans`, {
    agreedOn: dayFromToday(-3),
    agreedHow: 'in_person',
    goals: [{ domain: 'work', description: 'Praca dorywcza w magazynie', targetOn: null, steps: [] }],
  });
  await api.patch(`/api/plan-goals/${plan.goals[0]?.id}`, { status: 'achieved' });

  // The day alone: the one referral, its outcome after three days.
  await page.reload();
  await expect(view.median()).toHaveText(pl('referralStatistics.days_few', { value: '3' }));

  // The period: every figure the referral and the plan touch, up by exactly one.
  await page.goto(`/referrals/statistics?from=${from}&to=${to}`);
  await page.reload();
  const after = await view.read(reason);
  const [partnerCount = 0, partnerCompleted = 0] = before.partner ?? [];
  const [reasonCount = 0, reasonCompleted = 0] = before.reason ?? [];
  expect(after).toEqual({
    total: before.total + 1,
    withOutcome: before.withOutcome + 1,
    completed: [(before.completed?.[0] ?? 0) + 1],
    partner: [partnerCount + 1, partnerCompleted + 1],
    reason: [reasonCount + 1, reasonCompleted + 1],
    plans: before.plans + 1,
    withGoal: before.withGoal + 1,
    // Goals, open, achieved, dropped.
    work: before.work ? [before.work[0]! + 1, before.work[1]!, before.work[2]! + 1, before.work[3]!] : [1, 0, 1, 0],
  });

  // On a phone the tables scroll in their own boxes, the page does not.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScroll(page, 'referral and plan figures at 360 px');
  await context.close();
});

test('a peer worker, who does not read referrals, has no referral figures', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  // The Warsaw peer worker's account speaks Ukrainian.
  await signIn(page, 'peer', 'uk');
  const menu = page.getByRole('navigation', { name: uk('nav.label') });
  await expect(menu.getByRole('link', { name: uk('nav.partners') })).toBeVisible();
  await expect(menu.getByRole('link', { name: uk('nav.referralStatistics') })).toHaveCount(0);
  await page.goto('/referrals/statistics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk('noAccess.title'));
  // Nor does the API give them to the role.
  const refused = await page.request.get('/api/referrals/statistics', {
    params: { from: dayFromToday(-30), to: dayFromToday(0) },
  });
  expect(refused.status()).toBe(403);
  await context.close();
});
