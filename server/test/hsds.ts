import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Test harness for Open Referral HSDS 3.0 (fixtures in ./fixtures/hsds-3.0, see its LICENSE.md).
 *
 * The compiled schemas carry no `$schema`; they use only keywords that mean the same in
 * draft-07 and 2020-12 (type, properties, required, items, enum, format), and the HSDS
 * OpenAPI template declares `jsonSchemaDialect` 2020-12, so Ajv 2020 is used. Frictionless
 * keys (`constraints`, `tabular_required`, `datapackage_metadata`, …) are ignored (`strict: false`).
 * Compiling `organization.json` (3.5 MB) takes 1–1.5 s, `service.json` / `service_at_location.json`
 * about 0.5 s each, the `_list` schemas milliseconds: every kind is compiled on first use and
 * cached for the test file's process.
 */

export const hsdsKinds = [
  'organization',
  'organization_list',
  'service',
  'service_list',
  'service_at_location',
  'service_at_location_list',
] as const;
export type HsdsKind = (typeof hsdsKinds)[number];

/** Kinds served as paged lists (`/organizations`, `/services`, `/service_at_locations`). */
export type HsdsPageKind = 'organization' | 'service' | 'service_at_location';

export interface HsdsValidator {
  /** Empty when `doc` is valid; otherwise one readable line per error: `<instancePath>: <message>`. */
  validate(kind: HsdsKind, doc: unknown): string[];
}

const fixtures = new URL('./fixtures/hsds-3.0/', import.meta.url);

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, fixtures), 'utf8'));
}

/** One of the specification's example documents, e.g. `hsdsExample('service_full')`. */
export function hsdsExample(name: string): unknown {
  return readJson(`examples/${name}.json`);
}

/**
 * The paging wrapper of HSDS API list responses (openapi.json `components.schemas.Page`
 * plus the `contents` array of each list path). The template marks nothing required and
 * sets no minimum; this harness requires every field and counts ≥ 0, as Kontakt serves them.
 */
export const hsdsPageFields = [
  'total_items',
  'total_pages',
  'page_number',
  'size',
  'first_page',
  'last_page',
  'empty',
  'contents',
] as const;

const pageSchema = {
  type: 'object',
  required: [...hsdsPageFields],
  properties: {
    total_items: { type: 'integer', minimum: 0 },
    total_pages: { type: 'integer', minimum: 0 },
    page_number: { type: 'integer', minimum: 0 },
    size: { type: 'integer', minimum: 0 },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array' },
  },
};

let ajv: Ajv2020 | null = null;
const compiled = new Map<string, ValidateFunction>();

function compiler(): Ajv2020 {
  if (!ajv) {
    // The generated code's optimisation passes cost about half the compile time of the big schemas.
    ajv = new Ajv2020({ strict: false, allErrors: true, code: { optimize: false } });
    addFormats(ajv);
  }
  return ajv;
}

function validatorFor(kind: HsdsKind | 'page'): ValidateFunction {
  let validate = compiled.get(kind);
  if (!validate) {
    if (kind !== 'page' && !hsdsKinds.includes(kind)) throw new Error(`Unknown HSDS kind: ${String(kind)}`);
    const schema = kind === 'page' ? pageSchema : (readJson(`compiled/${kind}.json`) as object);
    validate = compiler().compile(schema);
    compiled.set(kind, validate);
  }
  return validate;
}

function errorLine(error: ErrorObject, prefix: string): string {
  const path = `${prefix}${error.instancePath}` || '/';
  let message = error.message ?? error.keyword;
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    message += `: ${allowed.map((value) => JSON.stringify(value)).join(', ')}`;
  } else if (error.keyword === 'additionalProperties') {
    message += `: ${JSON.stringify((error.params as { additionalProperty?: string }).additionalProperty)}`;
  }
  return `${path}: ${message}`;
}

function run(kind: HsdsKind | 'page', doc: unknown, prefix = ''): string[] {
  const validate = validatorFor(kind);
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((error) => errorLine(error, prefix));
}

const validator: HsdsValidator = {
  validate: (kind, doc) => run(kind, doc),
};

/** The HSDS 3.0 validator (schemas compiled lazily per kind, cached). */
export function hsdsValidator(): HsdsValidator {
  return validator;
}

/**
 * Checks an HSDS paged response: the wrapper fields (integers ≥ 0, booleans, `contents`
 * array) and each item of `contents` against the `<kind>_list` schema (paths `/contents/<i>/…`).
 * The `_list` schemas declare only one-to-one fields and allow any others unchecked, so for a
 * page served with `?full=true` pass `{ full: true }` to check items against the full `<kind>` schema.
 */
export function validatePage(kind: HsdsPageKind, page: unknown, options: { full?: boolean } = {}): string[] {
  const errors = run('page', page);
  const contents = (page as { contents?: unknown } | null)?.contents;
  if (Array.isArray(contents)) {
    const itemKind: HsdsKind = options.full ? kind : `${kind}_list`;
    contents.forEach((item, index) => {
      errors.push(...run(itemKind, item, `/contents/${index}`));
    });
  }
  return errors;
}

/**
 * Every object key path in a JSON document, in first-seen order, without duplicates:
 * nested keys joined by `.`, array elements as `[]`, e.g.
 * `contents[].service_at_locations[].location.latitude`.
 */
export function everyKey(doc: unknown): string[] {
  const keys = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, `${path}[]`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        keys.add(childPath);
        walk(child, childPath);
      }
    }
  };
  walk(doc, '');
  return [...keys];
}
