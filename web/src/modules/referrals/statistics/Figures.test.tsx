// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planStatisticsQuery } from '#core/schemas/plans';
import { referralStatisticsQuery } from '#core/schemas/referrals';
import type { PlanStatistics } from '../../../api/planStatistics';
import type { ReferralStatistics } from '../../../api/referrals';
import { sessionKey } from '../../../api/session';
import type { CatalogueItem, SessionState } from '../../../api/types';
import { jsonResponse, render, testQueryClient, waitFor } from '../../../test/render';
import { PlanFigures } from './PlanFigures';
import { ReferralFigures } from './ReferralFigures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const id = (n: number) => `01960000-0000-7000-8000-0000000008${String(n).padStart(2, '0')}`;
const period = { from: '2026-11-01', to: '2026-11-30', valid: true };
const reason: CatalogueItem = {
  id: id(20),
  kind: 'referral_reason',
  key: 'medical_care',
  labels: { en: 'Medical care' },
  unit: null,
  active: true,
  sortOrder: 1,
};
const referrals: ReferralStatistics = {
  from: period.from,
  to: period.to,
  total: 3,
  byStatus: [
    { status: 'sent', count: 1 },
    { status: 'accepted', count: 0 },
    { status: 'declined', count: 0 },
    { status: 'completed', count: 2 },
    { status: 'no_show', count: 0 },
  ],
  byPartner: [{ partnerId: id(3), partnerName: 'Clinic', count: 3, completed: 2 }],
  byReason: [
    { reasonId: reason.id, count: 2, completed: 2 },
    { reasonId: null, count: 1, completed: 0 },
  ],
  daysToOutcome: { median: 6.5, count: 2 },
};
const plans: PlanStatistics = {
  from: period.from,
  to: period.to,
  plans: 2,
  withGoalAchieved: 1,
  goals: [{ domain: 'documents', total: 2, achieved: 1, dropped: 0 }],
};

const session: SessionState = {
  authenticated: true,
  stage: 'full',
  csrfToken: 't',
  idleTimeoutSeconds: 1800,
  user: {
    id: id(9),
    organisationId: id(8),
    organisationName: 'Org',
    email: 'coordinator@example.org',
    displayName: 'Coordinator',
    roles: ['coordinator'],
    disciplines: [],
    locale: 'en',
    twoFactorEnabled: false,
  },
};

/** Answers as the server would: a query the route's own schema refuses gets a 400. */
function serve() {
  vi.stubGlobal('fetch', async (url: string) => {
    const u = new URL(url, 'http://test');
    const query = Object.fromEntries(u.searchParams);
    if (u.pathname === '/api/referrals/statistics')
      return referralStatisticsQuery.safeParse(query).success
        ? jsonResponse(200, referrals)
        : jsonResponse(400, { error: { code: 'validation', message: 'bad query' } });
    if (u.pathname === '/api/plans/statistics')
      return planStatisticsQuery.safeParse(query).success
        ? jsonResponse(200, plans)
        : jsonResponse(400, { error: { code: 'validation', message: 'bad query' } });
    if (u.pathname === '/api/catalogues/referral_reason') return jsonResponse(200, { items: [reason] });
    return jsonResponse(404, { error: { code: 'not_found', message: 'no' } });
  });
}

/** The cells of a table's rows, by the table's caption. */
function rows(container: HTMLElement, caption: string): string[][] {
  const table = [...container.querySelectorAll('table')].find((t) => t.caption?.textContent === caption);
  if (!table) throw new Error(`No table "${caption}"`);
  return [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
  );
}

async function show(ui: React.ReactNode) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(sessionKey, session);
  return (await render(ui, queryClient)).container;
}

describe('the referral and plan figures', () => {
  it('ask the referral route only for the period and show its figures, the median between two days', async () => {
    serve();
    const container = await show(<ReferralFigures period={period} />);
    await waitFor(() => expect(container.textContent).toContain('Referrals made'));
    expect(container.textContent).not.toContain('could not be loaded');
    const figures = [...container.querySelectorAll('.figure')].map((f) => f.textContent);
    expect(figures).toEqual(['Referrals made3', 'With an outcome2', 'Median time to an outcome6.5 days']);
    expect(rows(container, 'Referrals by status')).toContainEqual(['Completed', '2']);
    expect(rows(container, 'Referrals by partner')).toEqual([['Clinic', '3', '2']]);
    await waitFor(() =>
      expect(rows(container, 'Referrals by reason')).toEqual([
        ['Medical care', '2', '2'],
        ['No reason given', '1', '0'],
      ]),
    );
  });

  it('say so when nothing was referred, and when no referral has an outcome yet', async () => {
    referrals.daysToOutcome = { median: null, count: 0 };
    serve();
    const container = await show(<ReferralFigures period={period} />);
    await waitFor(() => expect(container.textContent).toContain('no outcome yet'));
    referrals.total = 0;
    document.body.innerHTML = '';
    const empty = await show(<ReferralFigures period={period} />);
    await waitFor(() => expect(empty.textContent).toContain('No referrals made in this period.'));
  });

  it('show the plans agreed, those with a goal achieved and the goals by domain and status', async () => {
    serve();
    const container = await show(<PlanFigures period={period} />);
    await waitFor(() => expect(container.textContent).toContain('Plans agreed'));
    const figures = [...container.querySelectorAll('.figure')].map((f) => f.textContent);
    expect(figures).toEqual(['Plans agreed2', 'With a goal achieved1']);
    expect(rows(container, 'Goals of these plans by domain and status')).toEqual([['Documents', '2', '1', '1', '0']]);
  });
});
