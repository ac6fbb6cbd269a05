import {
  changePasswordBody,
  me,
  recoveryCodesResponse,
  sessionList,
  sessionStateResponse,
  signInBody,
  twoFactorDisableBody,
  twoFactorEnableBody,
  twoFactorSetupResponse,
  twoFactorVerifyBody,
  updateMeBody,
} from '#core/schemas/auth';
import { idParams, noBody, okResponse } from '#core/schemas/common';
import { recordAudit } from '../../platform/audit/record';
import { loadPrincipal } from '../../platform/auth/principal';
import { listSessions, revokeSession } from '../../platform/auth/session-list';
import { recentFailures, recordKeyFailure } from '../../platform/auth/throttle';
import { newToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors';
import { actorOf, inTenant, requireAuth, type ZodApp } from '../../platform/http/context';
import { clearSessionCookie, csrfCookie, setCsrfCookie, setSessionCookie } from '../../platform/http/cookies';
import { changePassword } from './password';
import { presentMe, presentSessionState } from './presenters';
import { signIn } from './sign-in';
import {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  setUpTwoFactor,
  verifySecondFactor,
} from './two-factor';

const tags = ['account'];

/** Sign-in, sessions, password and two-factor: the account of the caller. */
export async function accountRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/auth/session',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Current session state and CSRF token', response: { 200: sessionStateResponse } },
    },
    async (request, reply) => {
      let anonymous = request.cookies[csrfCookie];
      if (!request.auth && !anonymous) {
        anonymous = newToken();
        setCsrfCookie(request, reply, anonymous);
      }
      return presentSessionState(request.auth, anonymous ?? '');
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: signInBody,
        response: { 200: sessionStateResponse },
      },
    },
    async (request, reply) => {
      const { platform } = request.server;
      const result = await signIn(platform.db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, result.token);
      const session = {
        id: result.id,
        organisationId: result.organisationId,
        userId: result.principal.user.id,
        stage: result.stage,
        csrfToken: result.csrfToken,
        idleSeconds: result.idleSeconds,
      };
      return presentSessionState({ ...result.principal, session }, '');
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'session' },
      schema: { body: noBody, tags, summary: 'Sign out this session', response: { 200: okResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await inTenant(request, async (tx) => {
        await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', auth.session.id).execute();
        await recordAudit(tx, actorOf(request), {
          action: 'auth.sign_out',
          entityType: 'session',
          entityId: auth.session.id,
        });
      });
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Change own password',
        body: changePasswordBody,
        response: { 200: sessionStateResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const stage = await inTenant(request, (tx) => changePassword(tx, auth, actorOf(request), request.body));
      return presentSessionState(
        { ...auth, user: { ...auth.user, mustChangePassword: false }, session: { ...auth.session, stage } },
        '',
      );
    },
  );

  app.post(
    '/api/auth/two-factor/setup',
    {
      config: { access: 'session' },
      schema: { body: noBody, tags, summary: 'Start two-factor enrolment', response: { 200: twoFactorSetupResponse } },
    },
    async (request) =>
      inTenant(request, (tx) => setUpTwoFactor(tx, request.server.platform.keyring, requireAuth(request))),
  );

  app.post(
    '/api/auth/two-factor/enable',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Confirm two-factor with a first code',
        body: twoFactorEnableBody,
        response: { 200: recoveryCodesResponse },
      },
    },
    async (request) => {
      const { recoveryCodes } = await inTenant(request, (tx) =>
        enableTwoFactor(tx, request.server.platform.keyring, requireAuth(request), actorOf(request), request.body.code),
      );
      return { recoveryCodes };
    },
  );

  app.post(
    '/api/auth/two-factor/verify',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Second sign-in step: code or recovery code',
        body: twoFactorVerifyBody,
        response: { 200: sessionStateResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { db, keyring } = request.server.platform;
      const key = `second-factor:${auth.user.id}`;
      if ((await recentFailures(db, key)) >= 5) {
        // Ends this attempt only: signing the user out everywhere would let
        // anyone who knows the password lock the real user out.
        await inTenant(request, (tx) =>
          tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', auth.session.id).execute(),
        );
        throw new AppError('rate_limited', undefined, 900);
      }
      const stage = await inTenant(request, (tx) =>
        verifySecondFactor(tx, keyring, auth, actorOf(request), request.body),
      );
      if (!stage) {
        await recordKeyFailure(db, key);
        throw new AppError('invalid_two_factor_code');
      }
      return presentSessionState({ ...auth, session: { ...auth.session, stage } }, '');
    },
  );

  app.post(
    '/api/auth/two-factor/disable',
    {
      config: { access: 'self.update' },
      schema: { tags, summary: 'Turn two-factor off', body: twoFactorDisableBody, response: { 200: okResponse } },
    },
    async (request) => {
      await inTenant(request, (tx) =>
        disableTwoFactor(tx, requireAuth(request), actorOf(request), request.body.password),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/two-factor/recovery-codes',
    {
      config: { access: 'self.update' },
      schema: {
        tags,
        summary: 'Replace recovery codes',
        body: twoFactorDisableBody,
        response: { 200: recoveryCodesResponse },
      },
    },
    async (request) => ({
      recoveryCodes: await inTenant(request, (tx) =>
        regenerateRecoveryCodes(tx, requireAuth(request), actorOf(request), request.body.password),
      ),
    }),
  );

  app.patch(
    '/api/me',
    {
      config: { access: 'self.update' },
      schema: { tags, summary: 'Update own name or language', body: updateMeBody, response: { 200: me } },
    },
    async (request) => {
      const auth = requireAuth(request);
      return inTenant(request, async (tx) => {
        const { displayName, locale } = request.body;
        if (displayName !== undefined || locale !== undefined) {
          await tx
            .updateTable('users')
            .set({
              ...(displayName ? { display_name: displayName } : {}),
              ...(locale ? { locale } : {}),
              updated_at: new Date(),
              updated_by: auth.user.id,
            })
            .where('id', '=', auth.user.id)
            .execute();
          await recordAudit(tx, actorOf(request), {
            action: 'user.updated_self',
            entityType: 'user',
            entityId: auth.user.id,
          });
        }
        const principal = await loadPrincipal(tx, auth.organisation.id, auth.user.id);
        return presentMe(principal!);
      });
    },
  );

  app.get(
    '/api/me/sessions',
    {
      config: { access: 'self.read' },
      schema: { tags, summary: 'My signed-in sessions', response: { 200: sessionList } },
    },
    async (request) => {
      const auth = requireAuth(request);
      return inTenant(request, (tx) => listSessions(tx, auth.user.id, auth.session.id));
    },
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      config: { access: 'self.update' },
      schema: {
        body: noBody,
        tags,
        summary: 'Sign out one of my sessions',
        params: idParams,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await inTenant(request, (tx) => revokeSession(tx, actorOf(request), auth.user.id, request.params.id));
      return { ok: true as const };
    },
  );
}
