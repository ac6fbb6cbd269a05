/** Named limits shared by zod schemas, SQL CHECK constraints and form hints. */
export const limits = {
  passwordMin: 12,
  passwordMax: 256,
  emailMax: 254,
  nameMax: 200,
  shortTextMax: 200,
  longTextMax: 20_000,
  codeMax: 64,
  totpCodeLength: 6,
  recoveryCodeCount: 10,
  pageSizeMax: 200,
  pageSizeDefault: 50,
  bodyBytesMax: 1_048_576,
} as const;
