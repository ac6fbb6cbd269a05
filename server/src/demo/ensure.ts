import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Runtime } from '../runtime';
import { demoOrganisations } from './data';
import { type SeededLogin, seedDemoOrganisation } from './seed';

export interface DemoInfo {
  password: string;
  logins: SeededLogin[];
  summary: string;
}

async function demoPassword(runtime: Runtime): Promise<{ password: string; generated: boolean }> {
  if (runtime.config.demoPassword) return { password: runtime.config.demoPassword, generated: false };
  const file = path.join(runtime.config.dataDir, 'demo-password');
  try {
    return { password: (await fs.readFile(file, 'utf8')).trim(), generated: true };
  } catch {
    // Random, never a well-known default: a forgotten demo install must not be open.
    const password = `demo-${randomBytes(9).toString('base64url')}`;
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
    return { password, generated: true };
  }
}

function summarise(logins: SeededLogin[], password: string, generated: boolean): string {
  const lines = ['', 'Demo sign-ins (two organisations, one user per role):'];
  for (const l of logins) lines.push(`  ${l.email.padEnd(36)} ${l.role.padEnd(12)} ${l.organisation}`);
  lines.push(
    `  password for all: ${password}${generated ? '   (random; set KONTAKT_DEMO_PASSWORD to choose one)' : ''}`,
  );
  lines.push('  admin and coordinator enrol two-factor at first sign-in (any TOTP app).');
  return lines.join('\n');
}

/**
 * Seeds the demo organisations when the database has none (the first start),
 * and always returns the sign-ins so `npm start` can print them.
 */
export async function ensureDemo(runtime: Runtime, force = false): Promise<DemoInfo | null> {
  const { rows } = await runtime.db.ownerPool.query<{ slug: string }>('SELECT slug FROM organisations');
  const existing = new Set(rows.map((r) => r.slug));
  const isDemo = demoOrganisations.some((o) => existing.has(o.slug));
  if (rows.length > 0 && !isDemo && !force) return null;
  const { password, generated } = await demoPassword(runtime);
  const logins: SeededLogin[] = [];
  for (const org of demoOrganisations) {
    if (existing.has(org.slug)) {
      for (const u of org.users)
        logins.push({ email: `${u.emailLocal}@${org.emailDomain}`, role: u.role, organisation: org.name });
      continue;
    }
    runtime.log.info({ slug: org.slug }, 'demo: creating demo organisation');
    logins.push(...(await seedDemoOrganisation(runtime.db.app, runtime, org, password)));
  }
  return { password, logins, summary: summarise(logins, password, generated) };
}
