import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { message } from './messages';
import { choose, expectNoSidewaysScroll, signIn } from './outreach-steps';
import { expectNoAxeViolations, signInWithTwoFactor, user } from './support';

// The partner directory in the Warsaw demo, in Polish: the coordinator adds a
// partner with a contact person and the cooperation procedure, a confidential
// place and a service with two types, a target group and opening hours, stops
// and resumes working with it (nothing is lost on the way); an outreach worker
// finds it by service type, reads the procedure and cannot change anything.
// axe on each screen and dialog, the partner's page also at 360 px.

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);
const partnerName = 'Fundacja Bezpieczny Próg';
const procedure = 'Dzwonimy do dyżurnej, skierowanie wysyłamy mailem; odpowiedź wraca w ciągu 24 godzin.';
const contactName = 'Ewa Kowalska';
const placeName = 'Mieszkanie chronione';
const serviceName = 'Interwencja i schronienie dla kobiet';

/** A form field (its label, input and messages) by the label's text. */
const field = (scope: Locator, page: Page, label: string) =>
  scope.locator('.field').filter({ has: page.locator('.field-label').getByText(label, { exact: true }) });

/** Ticks a chip of a chip group named by its label. */
const chip = (dialog: Locator, group: string, label: string) =>
  dialog.getByRole('group', { name: group, exact: true }).locator('.chip').getByText(label, { exact: true }).click();

async function as(browser: Browser, name: string) {
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (name === 'coordinator') await signInWithTwoFactor(page, user('coordinator'));
  else await signIn(page, name, 'pl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  return { page, close: () => context.close() };
}

/** The place or service item on the partner's page, by its name. */
const item = (page: Page, section: string, name: string) =>
  page
    .getByRole('region', { name: pl(section) })
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });

test('a coordinator keeps a partner in the directory; an outreach worker finds it by service type and only reads it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const coordinator = await as(browser, 'coordinator');
  const page = coordinator.page;

  // The directory, from the navigation.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: pl('nav.partners') })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('nav.partners'));
  await expect(page.getByRole('table', { name: pl('nav.partners') })).toBeVisible();
  await expectNoAxeViolations(page, 'partner directory (pl)');

  // A new partner with a contact person and the cooperation procedure.
  await page.getByRole('button', { name: pl('partners.new') }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel(pl('partners.name'), { exact: true }).fill(partnerName);
  await dialog.getByLabel(pl('partners.alternateName')).fill('FBP');
  await dialog.getByLabel(pl('partners.phone'), { exact: true }).fill('+48 22 000 99 99');
  await dialog.getByLabel(pl('partners.procedure')).fill(procedure);
  await dialog.getByRole('button', { name: pl('partners.addContact') }).click();
  const contact = dialog.getByRole('group', { name: pl('partners.contactN', { n: '1' }) });
  await contact.getByLabel(pl('partners.contactName')).fill(contactName);
  await contact.getByLabel(pl('partners.contactTitle')).fill('Koordynatorka interwencji');
  await contact.getByLabel(pl('partners.email')).fill('ewa@example.org');
  await expectNoAxeViolations(page, 'new partner dialog (pl)');
  await dialog.getByRole('button', { name: pl('common.save') }).click();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName);
  await expect(page.getByRole('region', { name: pl('partners.procedure') })).toContainText(procedure);
  await expect(page.getByRole('region', { name: pl('partners.contacts') })).toContainText(contactName);

  // A confidential place.
  await page.getByRole('button', { name: pl('partners.addPlace') }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(pl('partners.placeName')).fill(placeName);
  await dialog.getByText(pl('partners.confidentialChoice'), { exact: true }).click();
  await dialog.getByLabel(pl('partners.address')).fill('ul. Niejawna 7');
  await dialog.getByLabel(pl('partners.postalCode')).fill('00-950');
  await dialog.getByLabel(pl('partners.city')).fill('Warszawa');
  await dialog.getByLabel(pl('partners.country')).fill('pl');
  await expectNoAxeViolations(page, 'new place dialog (pl)');
  await dialog.getByRole('button', { name: pl('common.save') }).click();
  await expect(dialog).toHaveCount(0);
  const place = item(page, 'partners.places', placeName);
  await expect(place).toContainText(pl('partners.confidential'));
  await expect(place).toContainText(pl('partners.confidentialNote'));
  await expect(place).toContainText('Polska');

  // A service with two types, a target group, opening hours, given at the place.
  await page.getByRole('button', { name: pl('partners.addService') }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(pl('partners.serviceName')).fill(serviceName);
  await chip(dialog, pl('partners.serviceTypes'), 'Interwencja kryzysowa');
  await chip(dialog, pl('partners.serviceTypes'), 'Schronienie i noclegi');
  await chip(dialog, pl('partners.targetGroups'), 'Kobiety w kryzysie');
  await dialog
    .getByRole('group', { name: pl('partners.languages') })
    .getByText('ukraiński', { exact: true })
    .click();
  await dialog.getByRole('button', { name: pl('partners.addHours') }).click();
  const hours = dialog.getByRole('group', { name: pl('partners.hoursN', { n: '1' }) });
  await hours.getByLabel(pl('partners.opensAt')).fill('08:00');
  await hours.getByLabel(pl('partners.closesAt')).fill('16:00');
  await hours.getByLabel(pl('partners.hoursNote')).fill('po wcześniejszym telefonie');
  await dialog
    .getByRole('group', { name: pl('partners.servicePlaces') })
    .getByText(placeName, { exact: true })
    .click();
  await expectNoAxeViolations(page, 'new service dialog (pl)');
  await dialog.getByRole('button', { name: pl('common.save') }).click();
  await expect(dialog).toHaveCount(0);
  const service = item(page, 'partners.services', serviceName);
  await expect(service).toContainText('Interwencja kryzysowa, Schronienie i noclegi');
  await expect(service).toContainText('Kobiety w kryzysie');
  await expect(service).toContainText('ukraiński');
  await expect(service).toContainText('pon.–pt. 08:00–16:00');
  await expect(service).toContainText(placeName);

  // Changing the place keeps it confidential.
  await place.getByRole('button', { name: pl('common.editNamed', { name: placeName }) }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('checkbox', { name: pl('partners.confidentialChoice') })).toBeChecked();
  await dialog.getByLabel(pl('partners.transportation')).fill('Tramwaj 4, przystanek Rondo.');
  await dialog.getByRole('button', { name: pl('common.save') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(place).toContainText('Tramwaj 4');
  await expect(place).toContainText(pl('partners.confidential'));
  await expectNoAxeViolations(page, 'partner page (pl)');

  // Stop working with the partner and resume: the contact person stays.
  await page.getByRole('button', { name: pl('partners.deactivate') }).click();
  await expect(page.getByRole('status').filter({ hasText: pl('partners.deactivated') })).toBeVisible();
  await expect(page.getByText(pl('partners.inactivePartner'))).toBeVisible();
  await page.getByRole('button', { name: pl('partners.reactivate') }).click();
  await expect(page.getByRole('status').filter({ hasText: pl('partners.reactivated') })).toBeVisible();
  await expect(page.getByRole('region', { name: pl('partners.contacts') })).toContainText(contactName);

  // The partner's page on a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName);
  await expectNoSidewaysScroll(page, 'partner page (360 px)');
  await expectNoAxeViolations(page, 'partner page (pl, 360 px)');
  await coordinator.close();

  // The outreach worker finds the partner by the type of service and reads it.
  const outreach = await as(browser, 'outreach');
  const reader = outreach.page;
  await reader
    .getByRole('navigation')
    .getByRole('link', { name: pl('nav.partners') })
    .click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(pl('nav.partners'));
  await expect(reader.getByRole('button', { name: pl('partners.new') })).toHaveCount(0);
  await choose(reader, reader, pl('partners.serviceType'), 'Schronienie i noclegi');
  await expect(reader).toHaveURL(/type=shelter/);
  const table = reader.getByRole('table', { name: pl('nav.partners') });
  const row = table.getByRole('row').filter({ has: reader.getByRole('link', { name: partnerName }) });
  await expect(row).toContainText('Interwencja kryzysowa');
  // A partner offering no shelter is not listed.
  await expect(table.getByRole('link', { name: 'Klinika Prawa — bezpłatna pomoc prawna' })).toHaveCount(0);
  await expectNoAxeViolations(reader, 'partner directory by service type (pl)');
  await row.getByRole('link', { name: partnerName }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(partnerName);
  await expect(reader.getByRole('region', { name: pl('partners.procedure') })).toContainText(procedure);
  await expect(reader.getByRole('region', { name: pl('partners.contacts') })).toContainText(contactName);
  await expect(item(reader, 'partners.places', placeName)).toContainText(pl('partners.confidentialNote'));
  await expect(item(reader, 'partners.services', serviceName)).toContainText('pon.–pt. 08:00–16:00');
  for (const key of ['partners.edit', 'partners.deactivate', 'partners.addPlace', 'partners.addService']) {
    await expect(reader.getByRole('button', { name: pl(key) })).toHaveCount(0);
  }
  await expect(reader.getByRole('button', { name: pl('common.editNamed', { name: serviceName }) })).toHaveCount(0);
  await expectNoAxeViolations(reader, 'partner page as outreach (pl)');

  // The server refuses the outreach worker's change too.
  const partnerId = new URL(reader.url()).pathname.split('/').at(-1) ?? '';
  const { csrfToken } = (await (await reader.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const refused = await reader.request.patch(`/api/partners/${partnerId}`, {
    data: { active: false },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(refused.status()).toBe(403);
  await outreach.close();
});

test('the directory searches by name, shows inactive partners on request and says when nothing matches', async ({
  browser,
}) => {
  const { page, close } = await as(browser, 'outreach');
  await page.goto('/partners');
  await page.getByRole('searchbox', { name: pl('partners.search') }).fill('Dom dla Kobiet');
  await page.getByRole('button', { name: pl('common.search') }).click();
  await expect(page).toHaveURL(/q=Dom/);
  const table = page.getByRole('table', { name: pl('nav.partners') });
  await expect(table.getByRole('link')).toHaveText(['Dom dla Kobiet w Kryzysie']);
  await page.getByText(pl('partners.showInactive'), { exact: true }).click();
  await expect(page).toHaveURL(/inactive=true/);
  await expect(table.getByRole('link')).toHaveText(['Dom dla Kobiet w Kryzysie']);
  await field(page.getByRole('search'), page, pl('partners.targetGroup')).getByRole('button').click();
  await page.getByRole('option', { name: 'Młodzież', exact: true }).click();
  await expect(page.getByText(pl('partners.empty'))).toBeVisible();
  await close();
});
