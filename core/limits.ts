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
  shiftMembersMax: 30,
  spotsPerShiftMax: 50,
  contactMinutesMax: 1440,
  headCountMax: 10_000,
  /** Services a visit can name at once, and how many times one service is counted per entry. */
  servicesPerVisitMax: 30,
  /** An appointment's length in minutes, and the longest span the calendar lists at once. */
  appointmentMinutesMin: 5,
  appointmentMinutesMax: 480,
  calendarDaysMax: 62,
  /** The longest period one statistics request covers (a little over a year). */
  statisticsDaysMax: 400,
  visitServiceQuantityMax: 100,
  quantityMax: 100_000,
  itemsPerContactMax: 50,
  referralsPerContactMax: 10,
  /** Beds and housing: a bed's or room's label ("Room 2, bed B"), the longest occupancy history asked for at once. */
  housingUnitLabelMax: 100,
  occupancyDaysMax: 366,
  /** Contact persons kept for one partner. */
  partnerContactsMax: 20,
  /** A support plan's goals, and a goal's steps. */
  planGoalsMax: 12,
  planStepsMax: 20,
} as const;
