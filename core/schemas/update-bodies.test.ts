import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

/**
 * A PATCH changes the fields it names and nothing else: no update body may
 * fill a field the caller left out with a default. (One did: a place's
 * `confidential` reset to false by any edit, a site's capacity erased.)
 */
const dir = import.meta.dirname;
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('update bodies', () => {
  it('are found (the test walks every schema module)', async () => {
    const names: string[] = [];
    for (const file of modules) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      names.push(...Object.keys(mod).filter((k) => /^update\w*Body$/.test(k)));
    }
    expect(names).toEqual(expect.arrayContaining(['updateSiteBody', 'updatePartnerBody', 'updatePartnerLocationBody']));
  });

  for (const file of modules)
    it(`in ${file} add no field that was not sent`, async () => {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const [name, schema] of Object.entries(mod)) {
        if (!/^update\w*Body$/.test(name)) continue;
        const parsed = (schema as z.ZodType).safeParse({});
        // Some updates need a field (a reason, a status): those may refuse an empty body, but never invent one.
        if (parsed.success) expect(parsed.data ?? {}, name).toEqual({});
      }
    });
});
