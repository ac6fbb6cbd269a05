import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, request, test } from '@playwright/test';
import { message, pageLocale } from './messages';
import { expectNoAxeViolations, signInWithTwoFactor, user } from './support';

// The partner directory shared as Open Referral HSDS 3.0, by its screens: the
// Prague demo's admin (Warsaw's must still be new to platform.spec.ts) makes a
// key for a partner's system and reads the token once; the partner's system (no cookies, only the key) reads the HSDS
// API until the admin revokes the key. The admin imports the specification's
// organization example and then a broken document, and reads the reports; the
// organisation is in the directory. Warsaw's coordinator imports but has no
// keys screen. axe on each screen with its dialogs and reports.

/** The project's copy of the HSDS 3.0 example (with its licence note), never one outside the repo. */
const example = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../server/test/fixtures/hsds-3.0/examples/organization_full.json',
);
const exampleName = 'Example Organization Inc.';

async function signedIn(page: Page, role: 'admin' | 'coordinator') {
  await signInWithTwoFactor(page, role === 'admin' ? user('admin', 'demo2') : user('coordinator'));
  const locale = await pageLocale(page);
  return (key: string, vars?: Record<string, string>) => message(locale, key, vars);
}

test('an admin makes a directory key, a partner system reads HSDS with it, and the admin revokes it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const t = await signedIn(page, 'admin');
  const keyName = `Miasto Gdańsk — katalog usług ${Date.now()}`;

  await page.goto('/partners');
  await page.getByRole('link', { name: t('directoryKeys.title') }).click();
  await expect(page).toHaveURL(/\/partners\/keys$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('directoryKeys.title'));
  await page.getByRole('button', { name: t('directoryKeys.new') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('directoryKeys.name')).fill(keyName);
  await expectNoAxeViolations(page, 'new key dialog');
  await dialog.getByRole('button', { name: t('directoryKeys.create') }).click();

  // The token, once, with the warning and what the partner's system needs to use it.
  await expect(dialog.getByText(t('directoryKeys.tokenOnce', { name: keyName }))).toBeVisible();
  const token = ((await dialog.locator('.secret').textContent()) ?? '').trim();
  expect(token).toMatch(/^kontakt_\S+$/);
  await expect(dialog.getByText(`Authorization: Bearer ${token}`, { exact: true })).toBeVisible();
  for (const route of ['services', 'organizations', 'service_at_locations'])
    await expect(dialog.getByText(`${baseURL}/api/hsds/${route}`, { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: t('directoryKeys.copyToken') })).toBeVisible();
  await expectNoAxeViolations(page, 'the new key and its token');
  // Only the dialog's own button closes it: the token is not lost by a stray Escape.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: t('common.done') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: keyName, exact: true }) });
  await expect(row.getByText(t('common.active'), { exact: true })).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText(t('directoryKeys.never'));
  // The token is never shown again.
  await expect(page.getByText(token)).toHaveCount(0);

  // The partner's system: no cookies, only the key.
  const partner = await request.newContext({ baseURL });
  const services = await partner.get('/api/hsds/services?per_page=5', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(services.status()).toBe(200);
  const body = await services.json();
  for (const field of ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'])
    expect(body, field).toHaveProperty(field);
  expect(body.page_number).toBe(1);
  expect(Array.isArray(body.contents)).toBe(true);
  expect((await partner.get('/api/hsds/services')).status()).toBe(401);
  expect(
    (await partner.get('/api/partners', { headers: { Authorization: `Bearer ${token}` } })).status(),
    'a key reads only the HSDS routes',
  ).toBe(401);

  // The list says when the key was last used.
  await page.reload();
  await expect(row.getByRole('cell').nth(1)).not.toHaveText(t('directoryKeys.never'));

  await row.getByRole('button', { name: t('directoryKeys.revokeNamed', { name: keyName }) }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm.getByText(t('directoryKeys.revokeIntro', { name: keyName }))).toBeVisible();
  await expectNoAxeViolations(page, 'revoke key confirmation');
  await confirm.getByRole('button', { name: t('directoryKeys.revoke'), exact: true }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(row.getByRole('button', { name: t('directoryKeys.revokeNamed', { name: keyName }) })).toHaveCount(0);
  await expect(row.locator('.badge-off')).toBeVisible();
  await expectNoAxeViolations(page, 'keys with a revoked one');
  expect(
    (await partner.get('/api/hsds/services?per_page=5', { headers: { Authorization: `Bearer ${token}` } })).status(),
  ).toBe(401);
  await partner.dispose();
  await context.close();
});

test('an admin imports the HSDS example and a broken document, and reads the reports', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const t = await signedIn(page, 'admin');

  await page.goto('/partners');
  await page.getByRole('link', { name: t('directoryImport.title') }).click();
  await expect(page).toHaveURL(/\/partners\/import$/);
  await expectNoAxeViolations(page, 'import screen');

  // Nothing given, then text that is no JSON: said in the browser, nothing sent.
  const send = page.getByRole('button', { name: t('directoryImport.send'), exact: true });
  await send.click();
  await expect(page.getByRole('alert')).toHaveText(t('directoryImport.errors.empty'));
  const source = page.getByLabel(t('directoryImport.document'));
  // A missing comma: the browser says where (line 3, where "name" starts).
  await source.fill('{\n  "id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"\n  "name": "A"\n}');
  await send.click();
  await expect(page.getByRole('alert')).toHaveText(t('directoryImport.errors.notJsonAt', { line: '3', column: '3' }));
  await source.fill('[1, 2]');
  await send.click();
  await expect(page.getByRole('alert')).toHaveText(t('directoryImport.errors.notDocument'));
  await expectNoAxeViolations(page, 'import screen with a browser-side error');

  // The specification's example, from the project's copy, chosen as a file.
  await page.locator('input[type="file"]').setInputFiles(example);
  await expect(page.getByText(t('directoryImport.fileChosen', { name: 'organization_full.json' }))).toBeVisible();
  await expect(source).toHaveValue(/"Example Organization Inc\."/);
  await send.click();
  const report = page.getByRole('region', { name: t('directoryImport.reportTitle') });
  await expect(report).toBeVisible();
  const counts = report.getByRole('table', { name: t('directoryImport.countsTitle') });
  const countsOf = async (kind: string) =>
    (
      await counts
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: t(`directoryImport.kinds.${kind}`), exact: true }) })
        .getByRole('cell')
        .allTextContents()
    )
      .map(Number)
      .reduce((a, b) => a + b, 0);
  // Imported in a fresh run, updated if this file ran before on the same data: one of each either way.
  expect(await countsOf('organizations')).toBe(1);
  expect(await countsOf('services')).toBe(1);
  expect(await countsOf('locations')).toBeGreaterThanOrEqual(1);
  await expect(report.getByText(t('directoryImport.noneRefused'))).toBeVisible();
  // What the directory cannot hold is listed with the reason (the example's latitude is 100, for one).
  const notes = report.getByRole('table', { name: t('directoryImport.notesTitle') });
  await expect(notes.getByRole('row').nth(1)).toBeVisible();
  await expect(notes).toContainText(message(await pageLocale(page), 'hsdsImport.field_dropped'));
  await expectNoAxeViolations(page, 'import report of the HSDS example');

  // A broken document: one good organisation, one without a UUID, one without a name, an orphan service.
  await source.fill(
    JSON.stringify({
      contents: [
        { id: '5f1c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f', name: 'Fundacja z importu', description: '' },
        { id: 'not-a-uuid', name: 'Zły identyfikator', description: '' },
        { id: '6f1c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f', description: 'bez nazwy' },
        {
          id: '7f1c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f',
          name: 'Usługa bez organizacji',
          status: 'active',
          organization_id: '8f1c2a4e-7a51-4f7e-9a43-8a1d2c3b4e5f',
        },
      ],
    }),
  );
  await send.click();
  const refused = report.getByRole('table', { name: t('directoryImport.refusedTitle') });
  await expect(refused).toBeVisible();
  const locale = await pageLocale(page);
  for (const [where, reason] of [
    ['contents[1]', 'not_uuid'],
    ['contents[2]', 'no_name'],
    ['contents[3]', 'no_organization'],
  ] as const) {
    const line = refused.getByRole('row', { name: where });
    await expect(line).toContainText(message(locale, `hsdsImport.${reason}`));
  }
  await expect(refused.getByRole('row')).toHaveCount(4);
  const refusedCount = `directoryImport.refusedCount_${new Intl.PluralRules(locale).select(3)}`;
  await expect(report.getByRole('status')).toContainText(message(locale, refusedCount, { count: '3' }));
  await expectNoAxeViolations(page, 'import report with refusals');

  // The imported organisation is in the directory.
  await page.goto(`/partners?q=${encodeURIComponent(exampleName)}`);
  await expect(page.getByRole('table').getByRole('link', { name: exampleName, exact: true })).toBeVisible();
  await context.close();
});

test('a coordinator imports but cannot open the keys screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const t = await signedIn(page, 'coordinator');
  await page.goto('/partners');
  await expect(page.getByRole('link', { name: t('directoryImport.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: t('directoryKeys.title') })).toHaveCount(0);
  await page.goto('/partners/keys');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('noAccess.title'));
  await expect(page.getByRole('button', { name: t('directoryKeys.new') })).toHaveCount(0);
  await context.close();
});
