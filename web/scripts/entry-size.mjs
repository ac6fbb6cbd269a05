// Measures the JavaScript a browser loads before the first screen: the entry
// chunk named in dist/index.html plus everything it imports statically
// (transitively), gzip level 9 as a server would send it. With `--route
// <chunk-prefix>...` it also adds the lazy chunks of a first screen (e.g.
// `SignInScreen AuthLayout`) and their static imports, for the honest total.
// Usage: node web/scripts/entry-size.mjs [--route Name ...]
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
if (!entry) throw new Error('no module script in dist/index.html');

const staticImport = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g;
function closure(start, seen = new Set()) {
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(new URL(file, dist), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of code.matchAll(staticImport)) stack.push(dir + m[1].slice(2));
  }
  return seen;
}
const gz = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
const report = (label, files) => {
  const rows = [...files].map((f) => [f, gz(f)]).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, n]) => s + n, 0);
  process.stdout.write(`${label}: ${(total / 1024).toFixed(1)} KiB gzip (${total} bytes) in ${rows.length} files\n`);
  for (const [f, n] of rows) process.stdout.write(`  ${String(n).padStart(7)}  ${f}\n`);
  return total;
};

const files = closure(entry);
report('entry + static imports', files);

const routeIndex = process.argv.indexOf('--route');
if (routeIndex > 0) {
  const names = process.argv.slice(routeIndex + 1);
  const assets = readdirSync(new URL('assets/', dist));
  const all = new Set(files);
  for (const name of names) {
    const chunk = assets.find((a) => a.startsWith(`${name}-`) && a.endsWith('.js'));
    if (!chunk) throw new Error(`no chunk named ${name}`);
    closure(`assets/${chunk}`, all);
  }
  report(`with first-screen chunks (${names.join(', ')})`, all);
}
