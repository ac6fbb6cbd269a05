import { ensureDemo } from '../demo/ensure';
import { openRuntime } from '../runtime';

/** `npm run demo`: creates the demo organisations if missing and prints the sign-ins. */
export default async function demoCommand(): Promise<number> {
  const runtime = await openRuntime();
  try {
    const demo = await ensureDemo(runtime, true);
    if (demo) console.log(demo.summary);
  } finally {
    await runtime.db.shutdown();
  }
  return 0;
}
