import pg from 'pg';
import { percentile } from './latency';
import { median } from './lib';

/**
 * EXPLAIN ANALYZE of captured statements, in a tenant transaction (row-level security applies to the app role),
 * and optionally the plans of the statements they run inside functions (auto_explain, as notices).
 */

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

export interface PlanReport {
  queries: number;
  /** The most frequent plan shape, and how many queries had it. */
  shape: string;
  shapeCount: number;
  /** Queries whose plan used the index, per index name. */
  indexes: Map<string, number>;
  /** Queries with a sequential scan of `clients`. */
  seqScans: number;
  executionMs: { p50: number; p95: number; max: number };
  /** Median; NaN for nested statements (auto_explain does not report it). */
  planningMs: number;
}

/** Plans of the captured statements, and of the statements they ran inside functions (when asked). */
export interface Plans {
  statement: PlanReport;
  nested: PlanReport | null;
}

function render(node: PlanNode): string {
  const self = `${node['Node Type']}${node['Index Name'] ? ` (${node['Index Name']})` : node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}`;
  const children = (node.Plans ?? []).map(render);
  if (children.length === 0) return self;
  if (children.length === 1) return `${self} → ${children[0]}`;
  const counted = new Map<string, number>();
  for (const c of children) counted.set(c, (counted.get(c) ?? 0) + 1);
  const parts = [...counted].map(([c, n]) => (n > 1 ? `${n} × ${c}` : c));
  return `${self} → [${parts.join(' + ')}]`;
}

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** Collects plans into a report: shapes, index use, sequential scans of `clients`, times. */
function tally() {
  const shapes = new Map<string, number>();
  const indexes = new Map<string, number>();
  const execution: number[] = [];
  const planning: number[] = [];
  let seqScans = 0;
  return {
    add(root: PlanNode, executionMs: number, planningMs: number) {
      const shape = render(root);
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      const used = new Set<string>();
      let seq = false;
      walk(root, (n) => {
        if (n['Index Name']) used.add(n['Index Name']);
        if (n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'clients') seq = true;
      });
      for (const name of used) indexes.set(name, (indexes.get(name) ?? 0) + 1);
      if (seq) seqScans++;
      execution.push(executionMs);
      planning.push(planningMs);
    },
    report(): PlanReport | null {
      if (execution.length === 0) return null;
      const [shape, shapeCount] = [...shapes].sort((a, b) => b[1] - a[1])[0]!;
      const sorted = [...execution].sort((a, b) => a - b);
      return {
        queries: execution.length,
        shape,
        shapeCount,
        indexes,
        seqScans,
        executionMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1]! },
        planningMs: median(planning),
      };
    },
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of each statement in its own transaction, rolled back: `setup` runs
 * first (after BEGIN), then the tenant is set as the server sets it. With `nested` (the url must be a superuser's,
 * to LOAD auto_explain), the plans of the statements run inside functions are collected too, as auto_explain
 * reports them: run with the function owner's rights, as the server's call runs them.
 */
export async function explainStatements(
  url: string,
  tenant: { organisationId: string; userId: string },
  statements: readonly { sql: string; parameters: readonly unknown[] }[],
  setup: readonly string[] = [],
  options: { nested?: boolean } = {},
): Promise<Plans> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const outer = tally();
  const inner = tally();
  const notices: string[] = [];
  client.on('notice', (n) => notices.push(n.message ?? ''));
  try {
    if (options.nested) {
      await client.query("LOAD 'auto_explain'");
      for (const setting of [
        'log_min_duration = 0',
        'log_analyze = on',
        'log_buffers = on',
        'log_nested_statements = on',
        'log_format = json',
        'log_level = notice',
      ])
        await client.query(`SET auto_explain.${setting}`);
    }
    for (const s of statements) {
      await client.query('BEGIN');
      try {
        for (const q of setup) await client.query(q);
        await client.query(
          "SELECT set_config('kontakt.organisation_id', $1, true), set_config('kontakt.user_id', $2, true)",
          [tenant.organisationId, tenant.userId],
        );
        notices.length = 0;
        const { rows } = await client.query<{
          'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }];
        }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.sql}`, s.parameters as unknown[]);
        const [plan] = rows[0]!['QUERY PLAN'];
        outer.add(plan.Plan, plan['Execution Time'], plan['Planning Time']);
        for (const notice of notices) {
          const m = /^duration: ([\d.]+) ms\s+plan:\s*([\s\S]*)$/.exec(notice);
          if (!m) continue;
          const logged = JSON.parse(m[2]!) as { 'Query Text': string; Plan: PlanNode };
          // auto_explain also reports the EXPLAIN itself and the tenant's set_config (its notice can come late).
          if (/^\s*(EXPLAIN|SELECT set_config\()/i.test(logged['Query Text'])) continue;
          inner.add(logged.Plan, Number(m[1]), Number.NaN);
        }
      } finally {
        await client.query('ROLLBACK');
      }
    }
  } finally {
    await client.end();
  }
  const statement = outer.report();
  if (!statement) throw new Error('no statements to explain');
  return { statement, nested: inner.report() };
}
