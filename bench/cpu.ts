import fs from 'node:fs/promises';

/**
 * CPU time (ms, user + system) used so far by a process and its descendants,
 * split into PostgreSQL and the rest, from /proc (Linux; clock ticks of 10 ms).
 */
export async function treeCpu(rootPid: number): Promise<{ postgres: number; node: number }> {
  const procs: { pid: number; ppid: number; comm: string; ms: number }[] = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const close = stat.lastIndexOf(')');
    if (close < 0) continue;
    const f = stat.slice(close + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    procs.push({
      pid: Number(entry),
      ppid: Number(f[1]),
      comm: stat.slice(stat.indexOf('(') + 1, close),
      ms: ticks * 10,
    });
  }
  const inTree = new Set([rootPid]);
  for (let changed = true, rounds = 0; changed && rounds < 20; rounds++) {
    changed = false;
    for (const p of procs) {
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        changed = true;
      }
    }
  }
  const total = { postgres: 0, node: 0 };
  for (const p of procs) if (inTree.has(p.pid)) total[p.comm.startsWith('postgres') ? 'postgres' : 'node'] += p.ms;
  return total;
}
