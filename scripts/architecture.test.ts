import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Enforced boundaries (engineering.md, convention 9): core ← platform ←
 * modules ← app, a module never reaches into another module, core does no
 * I/O, and there are no import cycles.
 */
const root = path.resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (f === 'node_modules' || f === 'dist') return [];
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('#core/')) base = path.join(root, 'core', spec.slice(6));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

const graph = new Map<string, { specs: string[]; deps: string[] }>();
for (const file of [
  ...files(path.join(root, 'core')),
  ...files(path.join(root, 'server/src')),
  ...files(path.join(root, 'web/src')),
]) {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
  graph.set(file, { specs, deps: specs.map((s) => resolveImport(file, s)).filter((d): d is string => d !== null) });
}
const rel = (p: string) => path.relative(root, p);

describe('architecture boundaries', () => {
  it('core imports neither server nor web, and does no I/O', () => {
    for (const [file, { specs, deps }] of graph) {
      if (!rel(file).startsWith('core/')) continue;
      for (const d of deps) expect(rel(d).startsWith('core/'), `${rel(file)} → ${rel(d)}`).toBe(true);
      for (const s of specs) expect(/^(node:|fs|pg|kysely|fastify)/.test(s), `${rel(file)} imports ${s}`).toBe(false);
    }
  });

  it('platform never imports a module or the app', () => {
    for (const [file, { deps }] of graph) {
      if (!rel(file).startsWith('server/src/platform/')) continue;
      for (const d of deps) {
        const target = rel(d);
        expect(
          target.startsWith('server/src/platform/') || target.startsWith('core/'),
          `${rel(file)} → ${target}`,
        ).toBe(true);
      }
    }
  });

  it("a module never reaches into another module's internals, only its index.ts", () => {
    for (const [file, { deps }] of graph) {
      const own = /^server\/src\/modules\/([^/]+)\//.exec(rel(file))?.[1];
      if (!own) continue;
      for (const d of deps) {
        const match = /^server\/src\/modules\/([^/]+)\/(.+)$/.exec(rel(d));
        const allowed = !match || match[1] === own || match[2] === 'index.ts';
        expect(allowed, `${rel(file)} → ${rel(d)}`).toBe(true);
      }
    }
  });

  it('web never imports server code', () => {
    for (const [file, { deps }] of graph) {
      if (!rel(file).startsWith('web/')) continue;
      for (const d of deps) expect(rel(d).startsWith('server/'), `${rel(file)} → ${rel(d)}`).toBe(false);
    }
  });

  it('has no import cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const d of graph.get(file)?.deps ?? []) visit(d, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
