import { expect, type Locator, type Page, test } from '@playwright/test';
import { apiAs } from './field-server';
import { message, messagesOf } from './messages';
import { choose, expectNoSidewaysScroll, signIn } from './outreach-steps';
import { expectNoAxeViolations, signInWithTwoFactor, user } from './support';

// S3 step 2 on the person's page: Pan Zdzisław's support plan (Warsaw demo) with
// its three goals — documents and treatment achieved, housing in work — and the
// outreach worker ticking off the housing step; the step stays done after a reload.

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);

test('a support plan on the person’s page: its goals, and a step ticked off', async ({ page }) => {
  const api = await apiAs(test.info().project.use.baseURL ?? '', 'outreach');
  const found = await api.post<{ items: { id: string }[] }>('/api/clients/search', { q: 'Pan Zdzisław' });
  await api.dispose();
  const personId = found.items[0]!.id;

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'outreach', 'pl');
  await page.goto(`/clients/${personId}`);
  const plan = page.getByRole('region', { name: pl('plans.title') });
  await expect(plan.getByRole('heading', { level: 3 })).toHaveText([
    `${pl('plans.domains.documents')}: Nowy dowód osobisty`,
    `${pl('plans.domains.treatment')}: Rozpocząć leczenie substytucyjne`,
    `${pl('plans.domains.housing')}: Mieszkanie readaptacyjne, potem własny najem`,
  ]);
  await expect(plan.getByText(pl('plans.statuses.achieved'), { exact: true })).toHaveCount(2);
  await expect(plan).toContainText('Dowód odebrany');
  await expectNoAxeViolations(page, 'support plan on the person page (pl, 360 px)');
  await expectNoSidewaysScroll(page, 'support plan (360 px)');

  const step = plan.getByRole('checkbox', { name: /Wniosek o mieszkanie/ });
  await expect(step).not.toBeChecked();
  // The tick box is a label around a visually hidden input: tap the words, as a finger would.
  await plan.getByText(/Wniosek o mieszkanie/).click();
  await expect(step).toBeChecked();
  await page.reload();
  await expect(
    page.getByRole('region', { name: pl('plans.title') }).getByRole('checkbox', { name: /Wniosek o mieszkanie/ }),
  ).toBeChecked();
});

// S5 step 2 and the work on a plan: an outreach worker agrees a plan in the
// field with a new person on a 360 px phone and refers them to the social
// welfare centre; an addiction counsellor marks a goal achieved and reviews the
// plan, sees both in its history and finds a step on the due list; the admin
// (no plans.manage) reads a plan without any form.

const welfareService = 'Pomoc społeczna dla osób w kryzysie bezdomności';
const welfarePartner = 'Ośrodek Pomocy Społecznej Praga-Północ';

/** An ISO day `days` from today in the demo's zone. */
function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

const planRegion = (page: Page) => page.getByRole('region', { name: pl('plans.title') });
const group = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });

test('S5 step 2: a plan agreed in the field on a phone, then a referral to the social welfare centre', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const pseudonym = `Pan z dworca ${stamp}`;
  const api = await apiAs(test.info().project.use.baseURL ?? '', 'outreach');
  const person = await api.post<{ id: string }>('/api/clients', { pseudonym });
  await api.dispose();

  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signIn(page, 'outreach', 'pl');
  await page.goto(`/clients/${person.id}`);
  await expect(planRegion(page).getByText(pl('plans.none'))).toBeVisible();
  await planRegion(page)
    .getByRole('button', { name: pl('plans.agreeTitle') })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(pl('plans.agreeTitle'));
  // Sent empty, the form says which fields are missing, beside them.
  await dialog.getByRole('button', { name: pl('plans.agree'), exact: true }).click();
  const goal1 = group(dialog, pl('plans.goalNumber', { number: '1' }));
  await expect(goal1.getByRole('textbox', { name: pl('plans.goalDescription') })).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await expect(dialog.getByLabel(pl('plans.agreedOn'))).toHaveValue(dayFromToday(0));
  await choose(page, dialog, pl('plans.agreedHow'), pl('plans.howOptions.in_field'));
  await choose(page, goal1, pl('plans.domain'), pl('plans.domains.documents'));
  await goal1.getByRole('textbox', { name: pl('plans.goalDescription') }).fill('Nowy dowód osobisty');
  await goal1.getByLabel(pl('plans.goalTarget')).fill(dayFromToday(30));
  await goal1.getByRole('button', { name: pl('plans.addStepTo', { number: '1' }) }).click();
  const step = group(goal1, pl('plans.stepNumber', { number: '1' }));
  await expect(step.getByText(pl('plans.stepTitleHint'))).toBeVisible();
  await step.getByRole('textbox', { name: pl('plans.stepTitle') }).fill(`Zdjęcia w punkcie ${stamp}`);
  await step.getByLabel(pl('plans.stepDue')).fill(dayFromToday(3));
  // The worker does it unless they say otherwise.
  await expect(step.locator('.select-value')).toHaveText(pl('plans.ownerMe'));
  await dialog.getByRole('button', { name: pl('plans.addGoalRow') }).click();
  const goal2 = group(dialog, pl('plans.goalNumber', { number: '2' }));
  await choose(page, goal2, pl('plans.domain'), pl('plans.domains.income'));
  await goal2.getByRole('textbox', { name: pl('plans.goalDescription') }).fill('Zasiłek stały z ośrodka');
  await expectNoAxeViolations(page, 'plan form (pl, 360 px)');
  await dialog.getByRole('button', { name: pl('plans.agree'), exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(planRegion(page).getByRole('status')).toHaveText(pl('plans.agreedSaved'));
  await expect(planRegion(page).getByRole('heading', { level: 3 })).toHaveText([
    `${pl('plans.domains.documents')}: Nowy dowód osobisty`,
    `${pl('plans.domains.income')}: Zasiłek stały z ośrodka`,
  ]);
  await expect(planRegion(page)).toContainText(pl('plans.how.in_field'));
  await expect(
    planRegion(page).getByRole('checkbox', { name: new RegExp(`Zdjęcia w punkcie ${stamp}`) }),
  ).not.toBeChecked();

  // The referral, with the existing form: consent given, the pseudonym shared.
  const referrals = page.getByRole('region', { name: pl('referrals.title') });
  await referrals.getByRole('button', { name: pl('referrals.refer'), exact: true }).click();
  await dialog.getByRole('searchbox', { name: pl('referrals.searchService') }).fill('Pomoc społeczna');
  const choice = pl('referrals.serviceAt', { service: welfareService, partner: welfarePartner });
  await choose(page, dialog, pl('referrals.chooseService'), choice);
  await dialog.locator('.checkbox').getByText(pl('referrals.consent'), { exact: true }).click();
  await dialog.locator('.checkbox').getByText(pl('referrals.sharedItems.pseudonym'), { exact: true }).click();
  await expect(dialog.getByRole('checkbox', { name: pl('referrals.sharedItems.pseudonym') })).toBeChecked();
  await dialog.getByRole('button', { name: pl('referrals.send') }).click();
  await expect(dialog).toHaveCount(0);

  // Both on the person's page, after a reload too.
  await page.reload();
  await expect(planRegion(page).getByRole('heading', { level: 3 })).toHaveCount(2);
  const referral = page
    .getByRole('region', { name: pl('referrals.title') })
    .getByRole('listitem')
    .filter({ hasText: choice });
  await expect(referral).toContainText(pl('referrals.statuses.sent'));
  await expect(referral).toContainText(pl('referrals.sharedList', { items: pl('referrals.sharedItems.pseudonym') }));
  await expectNoSidewaysScroll(page, 'person page with a plan and a referral (360 px)');
  await context.close();
});

test('a counsellor marks a goal achieved and reviews the plan; the history and the due list show it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const pseudonym = `Pani spod mostu ${stamp}`;
  const stepTitle = `Wniosek do zasobu gminy ${stamp}`;
  const api = await apiAs(test.info().project.use.baseURL ?? '', 'outreach');
  const person = await api.post<{ id: string }>('/api/clients', { pseudonym });
  await api.post(`/api/clients/${person.id}/plans`, {
    agreedOn: dayFromToday(-7),
    agreedHow: 'in_person',
    goals: [
      { domain: 'documents', description: 'Odebrać dowód', targetOn: dayFromToday(7), steps: [] },
      {
        domain: 'housing',
        description: 'Mieszkanie treningowe',
        targetOn: dayFromToday(60),
        steps: [{ title: stepTitle, dueOn: dayFromToday(2), ownerUserId: null }],
      },
    ],
  });
  await api.dispose();

  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await signIn(page, 'counsellor.psych', 'pl');
  await page.goto(`/clients/${person.id}`);
  const documents = pl('plans.domains.documents');
  await planRegion(page)
    .getByRole('button', { name: pl('plans.moveNamed', { move: pl('plans.moves.achieved'), domain: documents }) })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(pl('plans.moveTitles.achieved'));
  await expectNoAxeViolations(page, 'goal status form (pl)');
  await dialog.getByRole('button', { name: pl('plans.moves.achieved'), exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const goal = planRegion(page).getByRole('listitem').filter({ hasText: 'Odebrać dowód' });
  await expect(goal.locator('.badge').first()).toHaveText(pl('plans.statuses.achieved'));
  // An achieved goal may be opened again, not achieved twice.
  await expect(goal.getByRole('button', { name: new RegExp(pl('plans.moves.open')) })).toBeVisible();

  await planRegion(page)
    .getByRole('button', { name: pl('plans.review'), exact: true })
    .click();
  await expect(dialog.getByText(pl('plans.reviewNotesHint'))).toBeVisible();
  await dialog.getByRole('textbox', { name: pl('plans.reviewNotes') }).fill('Dowód odebrany; szuka mieszkania.');
  await expectNoAxeViolations(page, 'review form (pl)');
  await dialog.getByRole('button', { name: pl('plans.saveReview'), exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(planRegion(page)).toContainText('Dowód odebrany; szuka mieszkania.');

  await planRegion(page).locator('summary').getByText(pl('plans.historyTitle')).click();
  const history = planRegion(page).getByRole('list', { name: pl('plans.historyTitle') });
  await expect(history).toContainText(
    pl('plans.history.goal_status', {
      domain: documents,
      from: pl('plans.statuses.open'),
      to: pl('plans.statuses.achieved'),
    }),
  );
  await expect(history).toContainText(pl('plans.history.reviewed', { day: '' }).replace(' ()', ''));
  await expectNoAxeViolations(page, 'plan with its history open (pl)');

  // The due list: the step is the person's, not the counsellor's, so it shows with "only mine" off.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: pl('nav.plansDue') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('nav.plansDue'));
  await expect(page.getByRole('checkbox', { name: pl('plans.mineOnly') })).toBeChecked();
  await page.locator('.checkbox').getByText(pl('plans.mineOnly'), { exact: true }).click();
  await expect(page).toHaveURL(/mine=false/);
  const row = page.getByRole('listitem').filter({ hasText: stepTitle });
  await expect(row).toContainText(pl('plans.domains.housing'));
  await expectNoAxeViolations(page, 'plans due list (pl)');
  await row.getByRole('link', { name: pseudonym }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${person.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('clients.personTitle'));
  await expect(planRegion(page)).toContainText(stepTitle);
  await context.close();
});

test('the admin reads a support plan without any form to change it', async ({ page }) => {
  // In the Prague demo: Warsaw's admin must still be new to platform.spec.ts (two-factor enrolment).
  const api = await apiAs(test.info().project.use.baseURL ?? '', 'outreach', 'demo2');
  const person = await api.post<{ id: string }>('/api/clients', { pseudonym: `Plán ${Date.now().toString(36)}` });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague' }).format(new Date());
  await api.post(`/api/clients/${person.id}/plans`, {
    agreedOn: today,
    agreedHow: 'in_person',
    goals: [
      { domain: 'housing', description: 'Pokoj na ubytovně', steps: [{ title: 'Žádost', ownerUserId: null }] },
      { domain: 'documents', description: 'Nový občanský průkaz' },
      { domain: 'income', description: 'Dávky v hmotné nouzi' },
    ],
  });
  await api.dispose();
  await signInWithTwoFactor(page, user('admin', 'demo2'));
  const t = messagesOf(page);
  await page.goto(`/clients/${person.id}`);
  const plan = page.getByRole('region', { name: await t('plans.title') });
  await expect(plan.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(plan.getByRole('checkbox')).toHaveCount(0);
  await expect(plan.getByRole('button')).toHaveCount(0);
  await expect(plan.locator('summary')).toContainText(await t('plans.historyTitle'));
});
