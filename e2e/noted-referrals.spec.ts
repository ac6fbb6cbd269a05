import { expect, type Page, test } from '@playwright/test';
import { catalogueLabel, message } from './messages';
import { signIn } from './outreach-steps';
import { expectNoAxeViolations } from './support';

// A referral noted on an outreach contact card, made real from the person's
// page: the Warsaw outreach worker notes "medical care, the substitution
// clinic" on a card (through the API with the browser's own session, as the
// contact form sends it; the demo's own noted lines are left to the demo), then
// opens the person's page, where the referrals section lists the noted line,
// makes it a referral with the form the line fills in, and sees it listed as a
// referral and no longer as noted — also after a reload.

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);
const service = 'Leczenie substytucyjne (metadon, buprenorfina)';
const partner = 'Poradnia leczenia substytucyjnego';
const note = 'Chce zacząć leczenie, prosi o termin rano';

async function pageApi(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  return {
    get: async <T>(path: string) => {
      const res = await page.request.get(path);
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()) as T;
    },
    post: async <T>(path: string, data: unknown) => {
      const res = await page.request.post(path, { data, headers: { 'X-CSRF-Token': csrfToken } });
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()) as T;
    },
  };
}

interface Noted {
  items: { contactId: string; notedIndex: number; note: string | null }[];
}

test('a referral noted on a contact card is made real from the person’s page', async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await signIn(page, 'outreach', 'pl');
  const api = await pageApi(page);
  const reason = catalogueLabel('pl', 'referral_reason', 'medical_care');

  // The card: a first contact in the street with one referral noted on it.
  const person = await api.post<{ id: string }>('/api/clients', { pseudonym: `Notowany ${stamp}` });
  const reasons = await api.get<{ items: { id: string; key: string }[] }>('/api/catalogues/referral_reason');
  const reasonId = reasons.items.find((r) => r.key === 'medical_care')?.id;
  const contact = await api.post<{ id: string }>('/api/contacts', {
    kind: 'first',
    clientId: person.id,
    channel: 'street',
    referrals: [{ reasonId, partnerName: partner, note }],
  });
  expect((await api.get<Noted>(`/api/clients/${person.id}/noted-referrals`)).items).toEqual([
    expect.objectContaining({ contactId: contact.id, notedIndex: 0, note }),
  ]);

  // The person's page: no referral yet, the noted line with what the worker typed.
  await page.goto(`/clients/${person.id}`);
  const section = page.getByRole('region', { name: pl('referrals.title'), exact: true });
  await expect(section.getByText(pl('referrals.none'))).toBeVisible();
  const noted = section.getByRole('region', { name: pl('referrals.noted'), exact: true });
  const line = noted.getByRole('listitem').filter({ hasText: note });
  await expect(line).toContainText(reason);
  await expect(line).toContainText(partner);

  // Made real with the form, which starts from the line: the partner's name to search by, the reason.
  const make = line.getByRole('button', { name: new RegExp(`^${pl('referrals.make')}: ${reason}, `) });
  await make.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(pl('referrals.newTitle'));
  await expect(dialog.getByRole('searchbox', { name: pl('referrals.searchService') })).toHaveValue(partner);
  const reasonField = dialog
    .locator('.field')
    .filter({ has: page.locator('.field-label').getByText(pl('referrals.reason'), { exact: true }) });
  await expect(reasonField.getByRole('button')).toContainText(reason);
  const choice = pl('referrals.serviceAt', { service, partner });
  await dialog
    .locator('.field')
    .filter({ has: page.locator('.field-label').getByText(pl('referrals.chooseService'), { exact: true }) })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: choice, exact: true }).click();
  await expectNoAxeViolations(page, 'the referral form opened from a noted line (pl)');
  await dialog.getByRole('button', { name: pl('referrals.send') }).click();
  await expect(dialog).toHaveCount(0);

  // Listed as a referral, no longer as noted; the same after a reload (from the server).
  const listed = async () => {
    const item = section.getByRole('list', { name: pl('referrals.title') }).getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(choice);
    await expect(item).toContainText(pl('referrals.statuses.sent'));
    await expect(noted).toHaveCount(0);
    await expect(section.getByText(note)).toHaveCount(0);
  };
  await expect(section.getByText(pl('referrals.sent'))).toBeVisible();
  await listed();
  await expectNoAxeViolations(page, 'the person’s referrals after a noted line was made real (pl)');
  await page.reload();
  await listed();

  // The referral names the card and the line it made real; nothing is left noted.
  const made = await api.get<{ items: { source: string; sourceId: string | null; reasonId: string | null }[] }>(
    `/api/clients/${person.id}/referrals`,
  );
  expect(made.items).toEqual([expect.objectContaining({ source: 'contact', sourceId: contact.id, reasonId })]);
  expect((await api.get<Noted>(`/api/clients/${person.id}/noted-referrals`)).items).toEqual([]);
  await context.close();
});
