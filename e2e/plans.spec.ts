import { expect, test } from '@playwright/test';
import { apiAs } from './field-server';
import { message } from './messages';
import { expectNoSidewaysScroll, signIn } from './outreach-steps';
import { expectNoAxeViolations } from './support';

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
