/** The period (and site) the indoor statistics show; `valid` is false when it ends before it starts. */
export interface StatisticsPeriod {
  from: string;
  to: string;
  siteId?: string | undefined;
  valid: boolean;
}
