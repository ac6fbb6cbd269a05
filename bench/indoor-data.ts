import { generateClients, organisationIdBySlug } from './generate/clients';
import { benchDatabase } from './generate/database';
import { type GeneratedVisits, generateVisits } from './generate/visits';
import { ms } from './lib';
import { type OutreachServer, startOutreachServer } from './outreach-session';

/**
 * Shared by the drop-in and counselling benchmarks: a real server on a fresh folder (its
 * database reachable), the demo organisation (Warsaw) filled with `clients` generated people
 * (`generateClients`) and three years of visits and appointments (`generateVisits`).
 */
export const clientCount = Number(process.env.BENCH_CLIENTS ?? 10_000);
export const visitCount = Number(process.env.BENCH_VISITS ?? 200_000);
export const appointmentCount = Number(process.env.BENCH_APPOINTMENTS ?? 50_000);

export interface IndoorData {
  s: OutreachServer;
  generated: GeneratedVisits;
  clients: number;
  clientsMs: number;
}

export async function startIndoorServer(env: Record<string, string> = {}): Promise<IndoorData> {
  const s = await startOutreachServer(env);
  try {
    const db = benchDatabase(s.server.dataDir, Number(new URL(s.ownerUrl).port));
    const organisationId = await organisationIdBySlug(db.ownerUrl, 'demo');
    console.log(`  generating ${clientCount.toLocaleString('en')} clients…`);
    const clients = await generateClients({ ...db, organisationId, count: clientCount, samples: 10 });
    console.log(`  clients in ${ms(clients.ms.total)}; visits and appointments…`);
    const generated = await generateVisits({
      ownerUrl: db.ownerUrl,
      masterKey: db.masterKey,
      slug: 'demo',
      visits: visitCount,
      appointments: appointmentCount,
      log: console.log,
    });
    console.log(`  generated in ${ms(generated.ms)}`);
    return { s, generated, clients: clients.count, clientsMs: clients.ms.total };
  } catch (error) {
    await s.close().catch(() => undefined);
    throw error;
  }
}

/** One line for the notes: what the data set holds. */
export function dataNote(d: IndoorData): string {
  const g = d.generated;
  const n = (x: number) => x.toLocaleString('en');
  return (
    `Data: the demo organisation (Warsaw, ${g.timeZone}) with ${n(d.clients)} clients from \`generateClients\` (seed 1) and, from \`bench/generate/visits.ts\` (COPY, triggers off, then VACUUM ANALYZE; ${ms(g.ms)}), ` +
    `${n(g.visits)} visits over three years at its ${g.sites} non-office sites (${n(g.anonymousVisits)} anonymous head counts, ${n(g.visitors)} distinct people, the oldest clients the regulars; ` +
    'check-ins in each site’s opening hours — warming shelter October–April, night shelter and hostel overnight; ' +
    `${n(g.openVisits)} not checked out: people in now and 0.2 % forgotten at the desk), ${n(g.services)} \`visit_services\` rows (1–3 services of the site’s kind each), ` +
    `${n(g.appointments)} appointments with the ${g.counsellors} demo counsellors in their disciplines on working days (mostly done, some no-show, cancelled, still scheduled; the next four weeks scheduled; ${n(g.notes)} with notes sealed under the organisation’s data key), ` +
    `and ${n(g.enrollments)} open drop-in and counselling episodes (first to last day), as the API keeps them.`
  );
}
