/** The period the figures show (from the address); `valid` is false when it ends before it starts. */
export interface Period {
  from: string;
  to: string;
  valid: boolean;
}
