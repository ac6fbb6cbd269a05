import type { FastifyInstance } from 'fastify';
import type { Discipline, Role } from '#core/roles';
import { buildApp } from '../src/app';
import { createOrganisation } from '../src/modules/admin/organisations';
import { createUser } from '../src/modules/admin/users';
import { createSession } from '../src/platform/auth/sessions';
import { loadConfig } from '../src/platform/config';
import { Keyring } from '../src/platform/crypto/keyring';
import { withTenant } from '../src/platform/db/tenancy';
import { createLogger } from '../src/platform/logging';
import { ApiClient } from './client';
import { createTestDatabase, dropTestDatabase, type TestDatabase, testCodeSecret, testMasterKey } from './database';

export const testPassword = 'violet tram under the old bridge';

export interface TestUser {
  id: string;
  organisationId: string;
  email: string;
  roles: Role[];
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  keyring: Keyring;
  /** A new organisation with default catalogues. */
  organisation(name?: string): Promise<string>;
  /** A user with `testPassword`, ready to sign in (no forced password change). */
  user(
    organisationId: string,
    roles: Role[],
    options?: { disciplines?: Discipline[]; email?: string },
  ): Promise<TestUser>;
  /** An API client holding a full session of the user (sign-in steps skipped). */
  as(user: TestUser): Promise<ApiClient>;
  anonymous(locale?: string): ApiClient;
  close(): Promise<void>;
}

let counter = 0;

/** A Kontakt API on its own fresh database, with factories for the usual fixtures. */
export async function startTestApp(): Promise<TestApp> {
  const db = await createTestDatabase();
  const keyring = new Keyring(testMasterKey);
  const config = { ...loadConfig({}), jobs: false, demo: false };
  const app = await buildApp({
    db: db.app,
    keyring,
    codeSecretRoot: testCodeSecret,
    config,
    // TEST_LOG=error shows what a failing request logged (ids only, as in production).
    logger: process.env.TEST_LOG ? createLogger(process.env.TEST_LOG) : false,
    serveWeb: false,
  });
  await app.ready();
  const t: TestApp = {
    app,
    db,
    keyring,
    organisation: (name = `Org ${++counter}`) =>
      createOrganisation(db.app, {
        name,
        slug: `org-${Date.now().toString(36)}-${++counter}`,
        defaultLocale: 'en',
        timeZone: 'Europe/Warsaw',
      }),
    async user(organisationId, roles, options = {}) {
      const email = options.email ?? `${roles.join('-')}-${++counter}-${Date.now().toString(36)}@test.kontakt.test`;
      const actor = { organisationId, userId: null, sessionId: null, ip: null };
      const { user } = await withTenant(db.app, { organisationId, userId: null }, (tx) =>
        createUser(
          tx,
          actor,
          { email, displayName: `User ${counter}`, roles, disciplines: options.disciplines ?? [], teamIds: [] },
          { password: testPassword, mustChangePassword: false },
        ),
      );
      return { id: user.id, organisationId, email, roles };
    },
    async as(user) {
      const session = await withTenant(db.app, { organisationId: user.organisationId, userId: user.id }, (tx) =>
        createSession(tx, {
          organisationId: user.organisationId,
          userId: user.id,
          stage: 'full',
          timeouts: { idleSeconds: 1800, absoluteSeconds: 43_200 },
          ip: '127.0.0.1',
          userAgent: 'test',
        }),
      );
      const client = new ApiClient(app);
      client.cookies.set('kontakt_session', session.token);
      client.csrfToken = session.csrfToken;
      return client;
    },
    anonymous: (locale = 'en') => new ApiClient(app, locale),
    async close() {
      await app.close();
      await dropTestDatabase(db);
    },
  };
  return t;
}
