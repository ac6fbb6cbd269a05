import pg from 'pg';
import { percentile } from './latency';
import { median } from './lib';

/** EXPLAIN ANALYZE of captured statements, in a tenant transaction (row-level security applies to the app role). */

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
  planningMs: number;
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

/**
 * EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of each statement in its own transaction, rolled back: `setup` runs
 * first (after BEGIN), then the tenant is set as the server sets it.
 */
export async function explainStatements(
  url: string,
  tenant: { organisationId: string; userId: string },
  statements: readonly { sql: string; parameters: readonly unknown[] }[],
  setup: readonly string[] = [],
): Promise<PlanReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const shapes = new Map<string, number>();
  const indexes = new Map<string, number>();
  const execution: number[] = [];
  const planning: number[] = [];
  let seqScans = 0;
  try {
    for (const s of statements) {
      await client.query('BEGIN');
      try {
        for (const q of setup) await client.query(q);
        await client.query(
          "SELECT set_config('kontakt.organisation_id', $1, true), set_config('kontakt.user_id', $2, true)",
          [tenant.organisationId, tenant.userId],
        );
        const { rows } = await client.query<{
          'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }];
        }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.sql}`, s.parameters as unknown[]);
        const [plan] = rows[0]!['QUERY PLAN'];
        const shape = render(plan.Plan);
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        const used = new Set<string>();
        let seq = false;
        walk(plan.Plan, (n) => {
          if (n['Index Name']) used.add(n['Index Name']);
          if (n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'clients') seq = true;
        });
        for (const name of used) indexes.set(name, (indexes.get(name) ?? 0) + 1);
        if (seq) seqScans++;
        execution.push(plan['Execution Time']);
        planning.push(plan['Planning Time']);
      } finally {
        await client.query('ROLLBACK');
      }
    }
  } finally {
    await client.end();
  }
  const [shape, shapeCount] = [...shapes].sort((a, b) => b[1] - a[1])[0] ?? ['—', 0];
  const sorted = [...execution].sort((a, b) => a - b);
  return {
    queries: statements.length,
    shape,
    shapeCount,
    indexes,
    seqScans,
    executionMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1]! },
    planningMs: median(planning),
  };
}
