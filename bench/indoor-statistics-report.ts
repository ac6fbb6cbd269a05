import os from 'node:os';
import { dataNote, type IndoorData } from './indoor-data';
import { budgetMs, email, ratioBudget } from './indoor-statistics-parameters';
import type { Period } from './indoor-statistics-period';
import { machine } from './lib';

/** The notes of docs/performance.md, "Occupancy and one-year drop-in and counselling statistics". */
export function indoorStatisticsNotes(m: {
  data: IndoorData;
  period: Period;
  /** Tables with their indexes, "name size". */
  sizes: string[];
  /** Statements per answer, "name count". */
  counts: string[];
  settings: { v: string; sb: string; wm: string; jit: string; par: string };
  /** Load average (1 min) before the run. */
  load0: number;
}): string[] {
  const { data, sizes, counts, settings, load0 } = m;
  const { fromDay, toDay, inYear, dropIn } = m.period;
  return [
    dataNote(data),
    `Period: ${fromDay} – ${toDay} (the twelve whole months before today, the organisation's days): ${inYear.visits.toLocaleString('en')} visits (${inYear.site.toLocaleString('en')} at ${dropIn.name}), ${inYear.services.toLocaleString('en')} services, ${inYear.appointments.toLocaleString('en')} appointments. Tables with their indexes: ${sizes.join(', ')}.`,
    `HTTP: \`${email}\` signed in (visits.read, appointments.read), one keep-alive connection from the bench process on 127.0.0.1, the answer parsed; the server answers in one transaction under row-level security, statements per answer (set_config not counted): ${counts.join(', ')}.`,
    'Hand-written SQL: on an owner connection (row-level security bypassed), the organisation and the period bounds as constants (for appointments the instants of the period computed once), the same figures; of the shapes tried the fastest by median is the floor (all are printed by the run). Each round times one call of each — the answer over HTTP, the fixed-cost read, each SQL shape — so a burst of other work on the shared machine falls on all alike. The ratio is HTTP ÷ that SQL, so it includes HTTP, the session look-up, the tenant transaction and JSON. Same figures: every number of the answer equals the SQL’s (occupancy per site, totals, per-site people, open days and capacity, services, counts per discipline and status, people seen).',
    "Where the drop-in statistics spend their time (BENCH_EXPLAIN=1 prints the plans): three statements — distinct people (a sort of every visit’s person, beyond work_mem on all sites), services (from their own day index), and per site the people and open days. The tenant policy reads the organisation once per statement (`(SELECT kontakt_current_org())`, migration 0019, decision 016: before, it was evaluated on every row a scan read, 364 ms for all sites); each service row carries its visit's day and site (migration 0020), so the services are summed from their own day index without the visits; what is left is the SQL itself.",
    `Budget: ≤ ${budgetMs} ms, the outreach report's (engineering.md, "Performance budgets"), for each answer; the ratio is reported beside the outreach report's ${ratioBudget} but is not a budget here — for answers of a few milliseconds it is mostly what every signed-in read costs (the row \`GET /api/me/sessions\`), hence also the ratio without that cost. The day sheet and the calendar have no budget (shown for information).`,
    `PostgreSQL ${settings.v}: shared_buffers=${settings.sb}, work_mem=${settings.wm}, jit=${settings.jit}, max_parallel_workers_per_gather=${settings.par} (the embedded cluster's defaults).`,
    `Machine: ${machine()}; load average (1 min) ${load0.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after (shared with other engineers' work; run under \`flock /tmp/kontakt-bench.lock\`).`,
  ];
}
