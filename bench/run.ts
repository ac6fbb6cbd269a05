import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCheckIn } from './check-in';
import { runClientSearch } from './client-search';
import { runIndoorStatistics } from './indoor-statistics';
import { type BenchResult, cleanupAll, machine, root } from './lib';
import { runOfflineSave } from './offline-save';
import { runOutreachStatistics } from './outreach-statistics';
import { runRecordContact } from './record-contact';
import { runSignIn } from './sign-in';
import { runStartup } from './startup';
import { runSyncDownload } from './sync-download';
import { runSyncPush } from './sync-push';

/**
 * `npm run bench [-- <name>]`: runs the benchmarks and rewrites their sections
 * of docs/performance.md. A single benchmark replaces only its own block; the
 * others' last results stay, and a section without new results is not touched.
 */
interface Section {
  heading: string;
  intro: (names: string) => string;
  benchmarks: Record<string, () => Promise<BenchResult>>;
}

const sections: Section[] = [
  {
    heading: '## Platform',
    intro: (names) =>
      'Startup and sign-in of the platform, measured by `bench/` against a real server on 127.0.0.1 ' +
      '(embedded PostgreSQL, demo data). All benchmarks: `npm run bench`; one: `npm run bench -- <name>` ' +
      `(${names}). The runner rewrites this section; machine and date are per block.`,
    benchmarks: { startup: runStartup, 'sign-in': runSignIn },
  },
  {
    heading: '## People served',
    intro: (names) =>
      'Finding, opening, creating and editing clients on generated data, measured by `bench/` against a real server ' +
      'on 127.0.0.1 (embedded PostgreSQL, the demo organisation filled by `bench/generate/`). One: ' +
      `\`npm run bench -- <name>\` (${names}). The runner rewrites this section; machine and date are per block.`,
    benchmarks: { 'client-search': runClientSearch },
  },
  {
    heading: '## Outreach',
    intro: (names) =>
      'Recording contacts and the one-year outreach statistics over 1,000,000 generated contacts, measured by `bench/` ' +
      'against a real server on 127.0.0.1 (embedded PostgreSQL, a fresh data folder per benchmark). One: ' +
      `\`npm run bench -- <name>\` (${names}); run them under \`flock /tmp/kontakt-bench.lock\` on a shared machine. ` +
      'The runner rewrites this section; machine and date are per block.',
    benchmarks: { 'record-contact': runRecordContact, 'outreach-statistics': runOutreachStatistics },
  },
  {
    heading: '## Drop-in and counselling',
    intro: (names) =>
      'Checking people in at the reception desk, live occupancy and the one-year drop-in and counselling statistics over ' +
      '200,000 generated visits and 50,000 appointments, measured by `bench/` against a real server on 127.0.0.1 (embedded ' +
      'PostgreSQL, a fresh data folder per benchmark). One: ' +
      `\`npm run bench -- <name>\` (${names}); run them under \`flock /tmp/kontakt-bench.lock\` on a shared machine. ` +
      'The runner rewrites this section; machine and date are per block.',
    benchmarks: { 'check-in': runCheckIn, 'indoor-statistics': runIndoorStatistics },
  },
  {
    heading: '## Offline sync',
    intro: (names) =>
      'A phone’s first download of the change feed, the delivery of a long outbox and saving a card offline, measured by `bench/` against a ' +
      'real server on 127.0.0.1 (embedded PostgreSQL, a fresh data folder per benchmark, demo data). One: ' +
      `\`npm run bench -- <name>\` (${names}); run them under \`flock /tmp/kontakt-bench.lock\` on a shared machine. ` +
      'The runner rewrites this section; machine and date are per block.',
    benchmarks: { 'sync-download': runSyncDownload, 'sync-push': runSyncPush, 'offline-save': runOfflineSave },
  },
];

const benchmarks: Record<string, () => Promise<BenchResult>> = Object.assign({}, ...sections.map((s) => s.benchmarks));

const doc = path.join(root, 'docs/performance.md');

const cell = (s: string) => s.replaceAll('|', '\\|');

function block(name: string, result: BenchResult, date: string, load: string): string {
  const header = ['what', 'median (min – max)', 'runs', 'budget', 'compared with', 'verdict'];
  const lines = [
    `<!-- bench:${name} -->`,
    `### ${result.title}`,
    '',
    `Measured ${date} on ${machine()}; ${load}. Reproduce: \`npm run bench -- ${name}\`.`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...result.rows.map(
      (r) => `| ${[r.what, r.median, r.runs, r.budget, r.comparedWith, r.verdict].map(cell).join(' | ')} |`,
    ),
    '',
    ...result.notes.map((n) => `- ${n}`),
    `<!-- /bench:${name} -->`,
  ];
  return lines.join('\n');
}

/** The blocks already in a section, by benchmark name. */
function existingBlocks(section: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of section.matchAll(/<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) found.set(m[1]!, m[0]);
  return found;
}

/** Rewrites one section (appended at the end when missing) with its old blocks and the new results. */
function rewriteSection(text: string, section: Section, results: Map<string, string>): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === section.heading);
  let end = start < 0 ? lines.length : lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  const old = start < 0 ? '' : lines.slice(start, end).join('\n');
  const blocks = existingBlocks(old);
  for (const [name, text] of results) if (section.benchmarks[name]) blocks.set(name, text);
  const names = Object.keys(section.benchmarks);
  const ordered = names.filter((n) => blocks.has(n)).map((n) => blocks.get(n)!);
  const body = [section.heading, '', section.intro(names.join(', ')), '', ordered.join('\n\n'), ''].join('\n');
  const before = start < 0 ? [...lines, ''] : lines.slice(0, start);
  const after = lines.slice(end);
  return [...before, ...body.split('\n'), ...after].join('\n').replace(/\n{3,}/g, '\n\n');
}

async function writeDoc(results: Map<string, string>): Promise<void> {
  let text = existsSync(doc)
    ? await fs.readFile(doc, 'utf8')
    : '# Performance\n\nBudgets come from the engineering specification ("Performance budgets"). Figures are medians of several runs on the 2-core machine, each beside the floor it is compared with.\n';
  for (const section of sections) {
    if (Object.keys(section.benchmarks).some((name) => results.has(name)))
      text = rewriteSection(text, section, results);
  }
  await fs.writeFile(doc, text.endsWith('\n') ? text : `${text}\n`);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only && !benchmarks[only]) {
    console.error(`Unknown benchmark "${only}". Benchmarks: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
  const names = only ? [only] : Object.keys(benchmarks);
  const date = new Date().toISOString().slice(0, 10);
  const results = new Map<string, string>();
  for (const name of names) {
    console.log(`bench: ${name}`);
    const before = os.loadavg()[0]!;
    const result = await benchmarks[name]!();
    const load = `load average (1 min) ${before.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`;
    for (const r of result.rows) console.log(`  ${r.what}: ${r.median} — ${r.verdict}`);
    results.set(name, block(name, result, date, load));
  }
  await writeDoc(results);
  console.log(`wrote ${path.relative(root, doc)}`);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`bench: ${signal}, cleaning up`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

main()
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    if (!interrupted)
      console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanupAll();
    process.exit(interrupted ? 130 : 1);
  });
