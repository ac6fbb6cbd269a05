import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeSchemeIds } from '#core/codes/schemas';
import { errorCodes } from '#core/errors';
import { catalogues as coreCatalogues, type MessageTree } from '#core/i18n/catalogues';
import { type Locale, locales } from '#core/i18n/locales';
import { disciplines, roles } from '#core/roles';
import { catalogueKinds, materialUnits } from '#core/schemas/catalogues';
import { genders } from '#core/schemas/clients';
import { contactKinds, documentStatuses, housingSituations, incomeSources } from '#core/schemas/contacts';
import { exitReasons, programmes } from '#core/schemas/enrollments';
import { statisticsGroupings } from '#core/schemas/outreach-stats';
import { siteTypes, spotKinds } from '#core/schemas/places';
import { channels, shiftStatuses } from '#core/schemas/shifts';
import { userStatuses } from '#core/schemas/users';
import cs from './messages/cs.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import pl from './messages/pl.json' with { type: 'json' };
import uk from './messages/uk.json' with { type: 'json' };

const web: Record<Locale, MessageTree> = { pl, cs, en, uk };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Flattens a catalogue to dotted keys. */
function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const baseKey = (key: string) => key.replace(pluralSuffix, '');
const varsOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);

/** Base key → union of the {{vars}} of all its (plural) forms. */
function varsByBase(flat: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of flat) {
    const set = out.get(baseKey(key)) ?? new Set();
    for (const v of varsOf(text)) set.add(v as string);
    out.set(baseKey(key), set);
  }
  return new Map([...out].map(([k, s]) => [k, [...s].sort()]));
}

for (const [name, sets] of [
  ['web', web],
  ['core', coreCatalogues],
] as const) {
  describe(`${name} message catalogues`, () => {
    const flat = Object.fromEntries(locales.map((l) => [l, flatten(sets[l])])) as Record<Locale, Map<string, string>>;

    it('have the same keys in all four languages (plural forms aside)', () => {
      const reference = new Set([...flat.en.keys()].map(baseKey));
      for (const locale of locales) {
        const keys = new Set([...flat[locale].keys()].map(baseKey));
        expect(
          [...reference].filter((k) => !keys.has(k)),
          `missing in ${locale}`,
        ).toEqual([]);
        expect(
          [...keys].filter((k) => !reference.has(k)),
          `only in ${locale}`,
        ).toEqual([]);
      }
    });

    it("have every plural form each language's rules need", () => {
      for (const locale of locales) {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        const plurals = new Set([...flat[locale].keys()].filter((k) => pluralSuffix.test(k)).map(baseKey));
        for (const base of plurals) {
          for (const category of categories) {
            expect(flat[locale].has(`${base}_${category}`), `${locale}: ${base}_${category}`).toBe(true);
          }
        }
        // No key is both plain and plural: i18next would pick one silently.
        for (const base of plurals) expect(flat[locale].has(base), `${locale}: ${base} is also plain`).toBe(false);
      }
    });

    it('have no empty messages', () => {
      for (const locale of locales) {
        for (const [key, text] of flat[locale]) expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      }
    });

    it('use the same {{variables}} in every language', () => {
      const reference = varsByBase(flat.en);
      for (const locale of locales) {
        const vars = varsByBase(flat[locale]);
        for (const [key, names] of reference) expect(vars.get(key), `${locale}: ${key}`).toEqual(names);
      }
    });
  });
}

describe('web and core catalogues together', () => {
  const merged = flatten({ ...coreCatalogues.en, ...web.en });

  it('do not define the same top-level namespace twice', () => {
    const overlap = Object.keys(web.en).filter((k) => k in coreCatalogues.en);
    expect(overlap).toEqual([]);
  });

  const has = (key: string) => merged.has(key) || merged.has(`${key}_one`);

  it('translate every key the source code asks for by name', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = path.join(dir, f);
        return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
      });
    const missing: string[] = [];
    for (const file of files(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g))
        if (!has(m[1] as string)) missing.push(`${m[1]} (${path.relative(root, file)})`);
      for (const m of text.matchAll(/(?:labelKey|descriptionKey): '([a-zA-Z0-9_.]+)'/g))
        if (!has(m[1] as string)) missing.push(m[1] as string);
    }
    expect(missing).toEqual([]);
  });

  it('translate every code the screens show through a prefix', () => {
    const groups: [string, readonly string[]][] = [
      ['roles', roles],
      ['roleSummaries', roles],
      ['disciplines', disciplines],
      ['siteTypes', siteTypes],
      ['spotKinds', spotKinds],
      ['catalogueKinds', catalogueKinds],
      ['units', [...materialUnits, 'none']],
      ['userStatus', userStatuses],
      ['codeSchemes', codeSchemeIds],
      ['shifts.statuses', shiftStatuses],
      ['shifts.channels', channels],
      ['contacts.kinds', contactKinds],
      ['contacts.cardTitles', contactKinds],
      ['contacts.savedKinds', contactKinds],
      ['contacts.housing', housingSituations],
      ['contacts.income', incomeSources],
      ['contacts.documents', documentStatuses],
      ['clients.genderChoices', genders],
      ['enrollments.programmes', programmes],
      ['enrollments.exitReasons', exitReasons],
      ['outreachStats.groupings', statisticsGroupings],
      ['outreachStats.noGroup', statisticsGroupings],
      ['errors', errorCodes],
      [
        'organisation.settings',
        [
          'smallCountThreshold',
          'retentionYears',
          'sessionIdleMinutes',
          'sessionAbsoluteHours',
          'inactiveEnrollmentDays',
          'maxOfflineDays',
        ],
      ],
    ];
    const missing = groups.flatMap(([prefix, codes]) => codes.map((c) => `${prefix}.${c}`).filter((k) => !has(k)));
    expect(missing).toEqual([]);
  });
});
