import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BenchResult, cleanupAll, machine, root } from './lib';
import { runSignIn } from './sign-in';
import { runStartup } from './startup';

/**
 * `npm run bench [-- <name>]`: runs the platform benchmarks and rewrites the
 * "Platform" section of docs/performance.md. A single benchmark replaces only
 * its own block; the others' last results stay.
 */
const benchmarks: Record<string, () => Promise<BenchResult>> = {
  startup: runStartup,
  'sign-in': runSignIn,
};

const doc = path.join(root, 'docs/performance.md');
const heading = '## Platform';

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

/** The blocks already in the Platform section, by benchmark name. */
function existingBlocks(section: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of section.matchAll(/<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) found.set(m[1]!, m[0]);
  return found;
}

async function writeDoc(results: Map<string, string>): Promise<void> {
  const text = existsSync(doc)
    ? await fs.readFile(doc, 'utf8')
    : '# Performance\n\nBudgets come from the engineering specification ("Performance budgets"). Figures are medians of several runs on the 2-core machine, each beside the floor it is compared with.\n';
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  let end = start < 0 ? lines.length : lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  const old = start < 0 ? '' : lines.slice(start, end).join('\n');
  const blocks = existingBlocks(old);
  for (const [name, text] of results) blocks.set(name, text);
  const ordered = Object.keys(benchmarks)
    .filter((n) => blocks.has(n))
    .map((n) => blocks.get(n)!);
  const section = [
    heading,
    '',
    'Startup and sign-in of the platform, measured by `bench/` against a real server on 127.0.0.1 ' +
      '(embedded PostgreSQL, demo data). All benchmarks: `npm run bench`; one: `npm run bench -- <name>` ' +
      `(${Object.keys(benchmarks).join(', ')}). The runner rewrites this section; machine and date are per block.`,
    '',
    ordered.join('\n\n'),
    '',
  ].join('\n');
  const before = start < 0 ? [...lines, ''] : lines.slice(0, start);
  const after = lines.slice(end);
  const out = [...before, ...section.split('\n'), ...after].join('\n').replace(/\n{3,}/g, '\n\n');
  await fs.writeFile(doc, out.endsWith('\n') ? out : `${out}\n`);
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
