import { type Browser, expect, type Locator, type Page, request, test } from '@playwright/test';
import { message } from './messages';
import { expectNoSidewaysScroll, signIn } from './outreach-steps';
import { demoPassword, expectNoAxeViolations, user } from './support';

// S3 step 2: the outreach worker refers a person to substitution treatment, with
// their consent to the pseudonym being shared and a worker going along; the
// addiction counsellor records that the clinic accepted them and that treatment
// started, with the clinic's feedback; the outreach worker sees it completed on
// the person's page and timeline. The follow-up list shows an overdue referral.
// Warsaw demo, Polish.

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);
const service = 'Leczenie substytucyjne (metadon, buprenorfina)';
const partner = 'Poradnia leczenia substytucyjnego';
const feedback = 'Przyjęty do programu metadonowego, pierwsza dawka podana.';

/** An ISO day `days` from today in the demo's zone. */
function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(d);
}

/** The API as the Warsaw outreach worker: two new people, one of them referred a month ago and not yet answered. */
async function prepare(baseURL: string, stamp: string) {
  const http = await request.newContext({ baseURL });
  const anonymous = (await (await http.get('/api/auth/session')).json()) as { csrfToken: string };
  const signedIn = await http.post('/api/auth/sign-in', {
    data: { email: user('outreach'), password: demoPassword },
    headers: { 'X-CSRF-Token': anonymous.csrfToken },
  });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const person = async (pseudonym: string) => {
    const made = await http.post('/api/clients', { data: { pseudonym }, headers });
    expect(made.ok(), await made.text()).toBe(true);
    return ((await made.json()) as { id: string }).id;
  };
  const personId = await person(`Skierowanie ${stamp}`);
  const lateId = await person(`Zaległe ${stamp}`);
  const found = await http.get('/api/partner-services', { params: { q: 'substytucyjne' } });
  const services = ((await found.json()) as { items: { id: string; name: string }[] }).items;
  const serviceId = services.find((s) => s.name === service)?.id;
  expect(serviceId, 'the demo substitution service').toBeTruthy();
  const late = await http.post('/api/referrals', {
    data: {
      clientId: lateId,
      partnerServiceId: serviceId,
      referredOn: dayFromToday(-30),
      expectedBy: dayFromToday(-16),
      source: 'client',
      sourceId: null,
    },
    headers,
  });
  expect(late.ok(), await late.text()).toBe(true);
  await http.dispose();
  return { personId, latePseudonym: `Zaległe ${stamp}` };
}

async function as(browser: Browser, name: string, phone = false) {
  const context = await browser.newContext({
    locale: 'pl-PL',
    ...(phone ? { viewport: { width: 360, height: 740 } } : {}),
  });
  const page = await context.newPage();
  await signIn(page, name, 'pl');
  return { page, close: () => context.close() };
}

const section = (page: Page) => page.getByRole('region', { name: pl('referrals.title') });

/** Ticks a react-aria checkbox by its text and checks that it is on. */
async function tick(scope: Locator, label: string) {
  await scope.locator('.checkbox').getByText(label, { exact: true }).click();
  await expect(scope.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
}

/** Records a move of the referral from the person's page, with feedback when given. */
async function move(page: Page, status: 'accepted' | 'completed', text?: string) {
  const label = pl(`referrals.moves.${status}`);
  await section(page)
    .getByRole('button', { name: pl('referrals.moveNamed', { move: label, service }) })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(pl(`referrals.moveTitles.${status}`));
  if (text) await dialog.getByRole('textbox', { name: pl('referrals.feedback') }).fill(text);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section(page).locator('.badge').first()).toHaveText(pl(`referrals.statuses.${status}`));
}

test('S3 step 2: a referral to substitution treatment, accepted and completed with feedback', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const { personId, latePseudonym } = await prepare(test.info().project.use.baseURL ?? '', stamp);

  // The outreach worker refers the person, accompanied, sharing only the pseudonym.
  const worker = await as(browser, 'outreach');
  await worker.page.goto(`/clients/${personId}`);
  await expect(section(worker.page).getByText(pl('referrals.none'))).toBeVisible();
  await expectNoAxeViolations(worker.page, 'person page with referrals (pl)');
  await section(worker.page)
    .getByRole('button', { name: pl('referrals.refer'), exact: true })
    .click();
  const dialog = worker.page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: pl('referrals.searchService') }).fill('substytucyjne');
  const choice = pl('referrals.serviceAt', { service, partner });
  await dialog
    .locator('.field')
    .filter({ has: worker.page.locator('.field-label').getByText(pl('referrals.chooseService'), { exact: true }) })
    .getByRole('button')
    .click();
  await worker.page.getByRole('option', { name: choice, exact: true }).click();
  await expect(dialog.getByRole('checkbox', { name: pl('referrals.sharedItems.pseudonym') })).toBeDisabled();
  await tick(dialog, pl('referrals.accompanied'));
  await tick(dialog, pl('referrals.consent'));
  await tick(dialog, pl('referrals.sharedItems.pseudonym'));
  await expectNoAxeViolations(worker.page, 'referral form (pl)');
  await dialog.getByRole('button', { name: pl('referrals.send') }).click();
  await expect(dialog).toHaveCount(0);
  const item = section(worker.page).getByRole('listitem').filter({ hasText: choice });
  await expect(item).toContainText(pl('referrals.statuses.sent'));
  await expect(item).toContainText(pl('referrals.accompaniedShort'));
  await expect(item).toContainText(pl('referrals.sharedList', { items: pl('referrals.sharedItems.pseudonym') }));
  // Outreach workers refer; they do not record the partner's answer.
  await expect(item.getByRole('button')).toHaveCount(0);

  // The addiction counsellor records the answer, then the outcome with the clinic's feedback.
  const counsellor = await as(browser, 'counsellor.psych');
  await counsellor.page.goto(`/clients/${personId}`);
  await move(counsellor.page, 'accepted');
  await move(counsellor.page, 'completed', feedback);
  await counsellor.close();

  // The outreach worker sees it completed, with the feedback, on the page and on the timeline.
  await worker.page.reload();
  await expect(item).toContainText(pl('referrals.statuses.completed'));
  await expect(item).toContainText(feedback);
  const timeline = worker.page.getByRole('list', { name: pl('timeline.title') });
  await expect(timeline).toContainText(pl('timeline.kinds.referral'));
  await expect(timeline).toContainText(`${service} · ${partner} · ${pl('referrals.statuses.completed')}`);

  // The follow-up list: the month-old referral is overdue and leads to its person.
  await worker.page.goto('/referrals?overdue=true');
  await expect(worker.page.getByRole('heading', { level: 1 })).toHaveText(pl('nav.referrals'));
  await expect(worker.page.getByRole('checkbox', { name: pl('referrals.overdueOnly') })).toBeChecked();
  const late = worker.page.getByRole('listitem').filter({ hasText: latePseudonym });
  await expect(late).toContainText(pl('referrals.overdue'));
  await expectNoAxeViolations(worker.page, 'referral follow-up list (pl)');
  await late.getByRole('link', { name: latePseudonym }).click();
  await expect(worker.page.getByRole('heading', { level: 1 })).toHaveText(pl('clients.personTitle'));
  await expect(section(worker.page)).toContainText(pl('referrals.overdue'));
  await worker.close();

  // On a phone the list fits the screen.
  const phone = await as(browser, 'outreach', true);
  await phone.page.goto('/referrals?overdue=true');
  await expect(phone.page.getByRole('listitem').filter({ hasText: latePseudonym })).toBeVisible();
  await expectNoSidewaysScroll(phone.page, 'referral follow-up list at 360 px');
  await phone.close();
});
