import type { z } from 'zod';
import { buildCzechIdKod, czechIdKodPattern } from './czech-id-kod';
import { type codeSchemeIds, czechIdKodInputSchema, slk581InputSchema } from './schemas';
import { buildSlk581, slk581Pattern, slk581Sexes } from './slk581';

/** Id of an anonymous-code scheme an organisation can choose. */
export type CodeSchemeId = (typeof codeSchemeIds)[number];

/** How a form should render a field: a name text box, a day or month number, a date picker, or a choice. */
export type CodeFieldKind = 'name' | 'day' | 'month' | 'date' | 'choice';

/** One input of a scheme, named like the schema key so a form can bind to it. */
export interface CodeField<Name extends string = string> {
  readonly name: Name;
  readonly kind: CodeFieldKind;
  readonly required: boolean;
  /** Allowed values for a 'choice' field (labels come from the translations). */
  readonly options?: readonly string[];
}

/** A scheme: its fields in the order a worker asks for them, its input schema and its builder. */
export interface CodeScheme<Schema extends z.ZodType = z.ZodType> {
  readonly id: CodeSchemeId;
  readonly fields: readonly CodeField<Extract<keyof z.input<Schema>, string>>[];
  readonly schema: Schema;
  /** Shape of a finished code, to recognise one typed directly. */
  readonly pattern: RegExp;
  /** Builds the code from input that already passed the schema. */
  build(input: z.output<Schema>): string;
  /** Validates unknown input with the schema (throws ZodError) and builds the code. */
  parseAndBuild(input: unknown): string;
}

function defineScheme<Schema extends z.ZodType>(scheme: Omit<CodeScheme<Schema>, 'parseAndBuild'>): CodeScheme<Schema> {
  return {
    ...scheme,
    parseAndBuild: (input) => scheme.build(scheme.schema.parse(input)),
  };
}

/** Every scheme, keyed by id. */
export const codeSchemes: {
  readonly 'cz-id-kod': CodeScheme<typeof czechIdKodInputSchema>;
  readonly slk581: CodeScheme<typeof slk581InputSchema>;
} = {
  'cz-id-kod': defineScheme({
    id: 'cz-id-kod',
    fields: [
      { name: 'clientFirstName', kind: 'name', required: true },
      { name: 'motherFirstName', kind: 'name', required: true },
      { name: 'birthDay', kind: 'day', required: true },
      { name: 'birthMonth', kind: 'month', required: true },
    ],
    schema: czechIdKodInputSchema,
    pattern: czechIdKodPattern,
    build: buildCzechIdKod,
  }),
  slk581: defineScheme({
    id: 'slk581',
    fields: [
      { name: 'firstName', kind: 'name', required: false },
      { name: 'surname', kind: 'name', required: false },
      { name: 'dateOfBirth', kind: 'date', required: true },
      { name: 'sex', kind: 'choice', required: true, options: slk581Sexes },
    ],
    schema: slk581InputSchema,
    pattern: slk581Pattern,
    build: buildSlk581,
  }),
};

/** Validates input for the given scheme and returns the plain code (show it, hash it, never store it). */
export function buildCode(schemeId: CodeSchemeId, input: unknown): string {
  return codeSchemes[schemeId].parseAndBuild(input);
}
