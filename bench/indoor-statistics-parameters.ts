/** What the indoor-statistics benchmark runs, and its budgets (BENCH_RUNS). */

export const runs = Number(process.env.BENCH_RUNS ?? 9);
export const budgetMs = 500;
export const ratioBudget = 1.5;
/** The demo receptionist who reads (visits.read, appointments.read). */
export const email = 'reception@demo.kontakt.test';
