import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return false;
  }
}

/**
 * One Kontakt per data folder: a second server would stop the first one's
 * embedded database while recovering "leftovers". A lock left by a crashed
 * (killed) server is stale and taken over.
 */
export async function acquireRunLock(dataDir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'kontakt.pid');
  try {
    const pid = Number((await fs.readFile(file, 'utf8')).trim());
    if (pid && pid !== process.pid && running(pid)) {
      throw new Error(`Another Kontakt (pid ${pid}) is already running on ${dataDir}.`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.writeFile(file, String(process.pid));
  return () => fs.rm(file, { force: true });
}
