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
  pseudonymMax: 100,
  /** Shortest reason accepted for opening an identity record ("break the glass"). */
  reasonMin: 5,
  reasonMax: 500,
  searchMin: 2,
  searchResultsMax: 20,
  languagesMax: 10,
  targetGroupsMax: 20,
  documentsMax: 10,
  birthYearMin: 1900,
  /** Default days without a contact before an enrollment is listed for exit review. */
  exitReviewDaysDefault: 90,
} as const;
