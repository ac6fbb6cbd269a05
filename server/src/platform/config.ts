import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  KONTAKT_DATA_DIR: z.string().default('./data'),
  KONTAKT_MASTER_KEY: z.string().optional(),
  KONTAKT_CODE_SECRET: z.string().optional(),
  KONTAKT_DEMO_PASSWORD: z.string().min(12).optional(),
  KONTAKT_DB_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  KONTAKT_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  KONTAKT_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  KONTAKT_JOBS: z.enum(['on', 'off']).default('on'),
  KONTAKT_DEMO: z.enum(['auto', 'off']).default('auto'),
  KONTAKT_PREPARED_STATEMENTS: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Runtime configuration, read once from environment variables (docs/operations.md). */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  masterKey: string | undefined;
  codeSecret: string | undefined;
  demoPassword: string | undefined;
  embeddedDbPort: number | undefined;
  secureCookies: 'auto' | 'true' | 'false';
  trustProxy: boolean;
  jobs: boolean;
  demo: boolean;
  /** Named prepared statements on the app's connections (off behind a pooler that cannot keep them). */
  preparedStatements: boolean;
  logLevel: string;
}

/** Parses the environment; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.KONTAKT_DATA_DIR),
    masterKey: e.KONTAKT_MASTER_KEY,
    codeSecret: e.KONTAKT_CODE_SECRET,
    demoPassword: e.KONTAKT_DEMO_PASSWORD,
    embeddedDbPort: e.KONTAKT_DB_PORT,
    secureCookies: e.KONTAKT_SECURE_COOKIES,
    trustProxy: e.KONTAKT_TRUST_PROXY === 'true',
    jobs: e.KONTAKT_JOBS === 'on',
    demo: e.KONTAKT_DEMO === 'auto',
    preparedStatements: e.KONTAKT_PREPARED_STATEMENTS === 'on',
    logLevel: e.LOG_LEVEL,
  };
}
