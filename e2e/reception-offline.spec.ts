import { expect, type Page, test } from '@playwright/test';
import { message, pluralMessage } from './messages';
import { choose } from './outreach-steps';
import { demoPassword, submitSignIn, user } from './support';

// Reception offline (issue 5, "Offline"): a desk tablet enrolled as a field
// device checks a head count in at the warming shelter with no network; the
// check-in is sealed in the outbox and shows on the desk's day sheet; back
// online it reaches the server once.

const pl = (key: string, vars?: Record<string, string>) => message('pl', key, vars);
const pin = '715204';
const shelter = 'Ogrzewalnia Praga';

/** The shelter's anonymous guests today, as the server counts them. */
async function anonymousOnServer(page: Page, siteId: string): Promise<number> {
  const res = await page.request.get(`/api/visits/day-sheet?siteId=${siteId}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { totals: { anonymous: number } }).totals.anonymous;
}

test('a desk tablet checks people in offline and the check-in lands once back online', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await submitSignIn(page, user('reception'), demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('home.title'));
  await page.goto('/account');
  await page.getByLabel(pl('field.deviceName')).fill('Tablet w ogrzewalni');
  await page.getByLabel(pl('field.newPin')).fill(pin);
  await page.getByLabel(pl('field.pinAgain')).fill(pin);
  await page.getByRole('button', { name: pl('field.enrol') }).click();
  await expect(page.locator('.sync-facts dd').nth(1)).not.toHaveText(pl('field.never'), { timeout: 30_000 });

  // A page load drops the key: the PIN opens the store again.
  await page.goto('/reception');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('field.unlockTitle'));
  await page.getByLabel(pl('field.pin')).fill(pin);
  await page.getByRole('button', { name: pl('field.unlock') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pl('nav.reception'));
  await choose(page, page, pl('reception.site'), shelter);
  await expect(page).toHaveURL(/\/reception\?site=[0-9a-f-]{36}$/);
  const siteId = new URL(page.url()).searchParams.get('site') ?? '';
  const before = await anonymousOnServer(page, siteId);
  await page.waitForLoadState('networkidle');

  // No network: two guests checked in; the desk says so, the outbox holds it.
  await context.setOffline(true);
  const desk = page.getByRole('region', { name: pl('reception.checkInTitle') });
  await desk.locator('.chip').getByText(pl('reception.anonymous'), { exact: true }).click();
  await desk.getByRole('button', { name: pl('stepper.more', { name: pl('reception.headCount') }) }).click();
  await desk.getByRole('button', { name: pl('reception.checkIn'), exact: true }).click();
  await expect(desk.getByRole('status')).toHaveText(pluralMessage('pl', 'reception.checkedInAnonymous', 2));
  await expect(page.locator('.sync-count')).toHaveText('1');
  await expect(
    page
      .getByRole('table', { name: pl('reception.daySheet') })
      .getByRole('row')
      .filter({ hasText: pluralMessage('pl', 'reception.anonymousPeople', 2) }),
  ).toHaveCount(1);
  // Back online: the sync on reconnect delivers it, and the server counts the two guests once.
  await context.setOffline(false);
  await expect(page.locator('.sync-count')).toHaveText('0', { timeout: 30_000 });
  await expect.poll(() => anonymousOnServer(page, siteId)).toBe(before + 2);
  await context.close();
});
