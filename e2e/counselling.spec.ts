import { type Browser, expect, type Page, request, test } from '@playwright/test';
import { catalogueLabel, message } from './messages';
import { choose, expectNoSidewaysScroll, signIn } from './outreach-steps';
import { demoPassword, expectNoAxeViolations, signInWithTwoFactor, user } from './support';

// S1 step 4 indoors: the receptionist books a psychological consultation for
// a person at the drop-in; the psychologist holds it and writes notes; the
// medical counsellor sees that notes exist but not what they say, and records
// an HIV test with its result; the psychologist sees the test but not the
// result; the coordinator sees neither notes nor results. Warsaw demo, Polish.

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);
const secret = 'Mówi o przemocy ze strony klienta w zeszłym tygodniu; boi się wrócić do pracy.';
const dropIn = 'Punkt wsparcia Siatka (drop-in)';

/** A new person in the Warsaw demo, made by its receptionist through the API. */
async function newPerson(baseURL: string, pseudonym: string): Promise<string> {
  const http = await request.newContext({ baseURL });
  const anonymous = (await (await http.get('/api/auth/session')).json()) as { csrfToken: string };
  const signedIn = await http.post('/api/auth/sign-in', {
    data: { email: user('reception'), password: demoPassword },
    headers: { 'X-CSRF-Token': anonymous.csrfToken },
  });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const made = await http.post('/api/clients', { data: { pseudonym }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(made.ok(), await made.text()).toBe(true);
  const id = ((await made.json()) as { id: string }).id;
  await http.dispose();
  return id;
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

/** The person's appointment on their page opens it. */
async function openAppointment(page: Page, personId: string) {
  await page.goto(`/clients/${personId}`);
  const section = page.getByRole('region', { name: pl('counselling.clientAppointments') });
  await section.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('counselling.appointmentTitle'));
}

test('S1 step 4: counselling notes stay with psychologists, the HIV result with medical staff', async ({ browser }) => {
  test.setTimeout(120_000);
  const pseudonym = `Konsultacja ${Date.now().toString(36)}`;
  const personId = await newPerson(test.info().project.use.baseURL ?? '', pseudonym);

  // The receptionist books the consultation from the calendar (axe on the calendar and the form).
  const desk = await as(browser, 'reception');
  await desk.page.goto('/counselling');
  await expect(desk.page.getByRole('heading', { level: 1 })).toHaveText(pl('counselling.title'));
  await expectNoAxeViolations(desk.page, 'counselling calendar (pl)');
  await desk.page.getByRole('button', { name: pl('counselling.newAppointment') }).click();
  const dialog = desk.page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: pl('contacts.findPerson') }).fill(pseudonym);
  await dialog.getByRole('button', { name: pseudonym }).click();
  await choose(desk.page, dialog, pl('counselling.discipline'), pl('counselling.disciplines.psychological'));
  await choose(desk.page, dialog, pl('counselling.counsellor'), 'Katarzyna M.');
  await choose(desk.page, dialog, pl('counselling.site'), dropIn);
  await expectNoAxeViolations(desk.page, 'booking form (pl)');
  await dialog.getByRole('button', { name: pl('counselling.schedule') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(desk.page.getByRole('row').filter({ hasText: pseudonym })).toContainText('Katarzyna M.');
  await desk.close();

  // The psychologist holds it and writes the notes.
  const psych = await as(browser, 'counsellor.psych');
  await openAppointment(psych.page, personId);
  await psych.page.getByRole('button', { name: pl('counselling.markDone') }).click();
  await expect(psych.page.getByText(pl('counselling.statuses.done'), { exact: true })).toBeVisible();
  await psych.page.getByRole('textbox', { name: pl('counselling.notesLabel') }).fill(secret);
  await psych.page.getByRole('button', { name: pl('counselling.saveNotes') }).click();
  await expect(psych.page.getByRole('status').filter({ hasText: pl('counselling.notesSaved') })).toBeVisible();
  await expectNoAxeViolations(psych.page, 'appointment with notes (pl)');
  await psych.page.reload();
  await expect(psych.page.getByRole('textbox', { name: pl('counselling.notesLabel') })).toHaveValue(secret);

  // The medical counsellor: the notes exist, their text does not reach the page; records the HIV test.
  const medic = await as(browser, 'counsellor.medical', true);
  await openAppointment(medic.page, personId);
  await expect(
    medic.page.getByText(pl('counselling.notesHidden', { discipline: pl('counselling.disciplines.psychological') })),
  ).toBeVisible();
  await expect(medic.page.getByRole('textbox', { name: pl('counselling.notesLabel') })).toHaveCount(0);
  expect(await medic.page.content()).not.toContain('przemocy');
  await expectNoAxeViolations(medic.page, 'appointment without notes (pl, 360 px)');
  await expectNoSidewaysScroll(medic.page, 'appointment (360 px)');
  await medic.page.goto(`/clients/${personId}`);
  const tests = medic.page.getByRole('region', { name: pl('counselling.healthTests') }).first();
  await medic.page.getByRole('button', { name: pl('counselling.recordTest') }).click();
  const testDialog = medic.page.getByRole('dialog');
  await choose(medic.page, testDialog, pl('counselling.testType'), catalogueLabel('pl', 'test_type', 'hiv'));
  await choose(medic.page, testDialog, pl('counselling.result'), pl('counselling.results.reactive'));
  await choose(medic.page, testDialog, pl('counselling.linkage'), pl('counselling.linkages.referred'));
  await expectNoAxeViolations(medic.page, 'record a test (pl, 360 px)');
  await testDialog.getByRole('button', { name: pl('counselling.saveTest') }).click();
  await expect(testDialog).toHaveCount(0);
  await expect(tests.getByRole('row').filter({ hasText: 'HIV' })).toContainText(pl('counselling.results.reactive'));
  // The timeline puts the consultation and the test on one list; the medic sees the result, never the notes.
  const medicTimeline = medic.page.getByRole('region', { name: pl('timeline.title') });
  await expect(
    medicTimeline
      .getByRole('listitem')
      .filter({ hasText: pl('timeline.kinds.test') })
      .last(),
  ).toContainText(pl('counselling.results.reactive'));
  await expect(
    medicTimeline
      .getByRole('listitem')
      .filter({ hasText: pl('timeline.kinds.appointment') })
      .last(),
  ).toContainText(pl('counselling.disciplines.psychological'));
  await expectNoAxeViolations(medic.page, 'person page with its timeline (pl, 360 px)');
  await expectNoSidewaysScroll(medic.page, 'person page (360 px)');
  await medic.close();

  // The psychologist sees that a test was done, not its result.
  await psych.page.goto(`/clients/${personId}`);
  const seen = psych.page.getByRole('region', { name: pl('counselling.healthTests') }).first();
  await expect(seen.getByRole('row').filter({ hasText: 'HIV' })).toBeVisible();
  await expect(psych.page.getByText(pl('counselling.resultsHidden'))).toBeVisible();
  await expect(seen).not.toContainText(pl('counselling.results.reactive'));
  const psychTimeline = psych.page.getByRole('region', { name: pl('timeline.title') });
  await expect(
    psychTimeline
      .getByRole('listitem')
      .filter({ hasText: pl('timeline.kinds.test') })
      .last(),
  ).toContainText('HIV');
  await expect(psychTimeline).not.toContainText(pl('counselling.results.reactive'));
  await psych.close();

  // The coordinator: neither the notes nor any test of the person.
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await signInWithTwoFactor(page, user('coordinator'));
  await openAppointment(page, personId);
  await expect(page.getByText(pl('counselling.notesExist'), { exact: false })).toBeVisible();
  expect(await page.content()).not.toContain('przemocy');
  await page.goto(`/clients/${personId}`);
  await expect(page.getByRole('heading', { name: pl('counselling.healthTests') })).toHaveCount(0);
  // Their timeline has the consultation (without notes) and no test at all.
  const timeline = page.getByRole('region', { name: pl('timeline.title') });
  await expect(
    timeline
      .getByRole('listitem')
      .filter({ hasText: pl('timeline.kinds.appointment') })
      .last(),
  ).toBeVisible();
  await expect(timeline).not.toContainText(pl('timeline.kinds.test'));
  expect(await page.content()).not.toContain(pl('counselling.results.reactive'));
  await context.close();
});
