import { expect, test } from '@playwright/test';
import { message } from './messages';
import { demoPassword, submitSignIn, user } from './support';

// The installable app: a manifest an installer accepts, a service worker that
// takes control, and an app shell that still opens with no network.

test('the manifest names a neutral app with installable icons', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: { sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Kontakt');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons as { src?: string }[]) expect((await request.get(icon.src ?? '')).ok()).toBe(true);
});

test('the app shell opens offline once the service worker has installed, and recovers online', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await submitSignIn(page, user('outreach'), demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('pl', 'home.title'));

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  // The shell comes from the service worker's cache; the session needs the
  // server, so it says so plainly and offers to try again (the offline field
  // mode, which keeps working without the server, builds on this shell).
  await expect(page.getByText(message('pl', 'app.networkError'))).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: message('pl', 'common.retry') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('pl', 'home.title'));
  await context.close();
});
