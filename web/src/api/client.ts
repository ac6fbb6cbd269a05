import { ApiError, apiErrorFromBody, isSessionLost, isStageRequired } from './errors';

/**
 * The one door to the API: JSON in and out, same-origin cookies, the CSRF token
 * and the UI language on every request.
 */

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

// Kept in memory only: a token in storage would outlive the session and could be
// read by anything that runs on the page.
let csrfToken: string | null = null;
let languageOf: () => string = () => document.documentElement.lang || 'en';
export type AuthProblem = 'session_lost' | 'stage_required';
let authProblemHandler: ((kind: AuthProblem) => void) | null = null;

/** Remembers the CSRF token of the latest session response. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Tells the client how to read the current UI language (set by the i18n module). */
export function setLanguageSource(source: () => string): void {
  languageOf = source;
}

/**
 * Called on 401 `unauthenticated`/`session_expired` and on 403 `*_required`; the
 * app sends the user to the right sign-in step.
 */
export function onAuthProblem(handler: ((kind: AuthProblem) => void) | null): void {
  authProblemHandler = handler;
}

/** Builds `path?a=1&b=2`, leaving out empty values so the server applies its defaults. */
export function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(method: Method, path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': languageOf() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', 'Network error');
  }
}

async function parse(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function rememberToken(body: unknown): void {
  if (typeof body === 'object' && body !== null && 'csrfToken' in body) {
    const token = (body as { csrfToken: unknown }).csrfToken;
    if (typeof token === 'string') csrfToken = token;
  }
}

/** Sends a request and returns the parsed JSON body, or throws an ApiError. */
export async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response = await send(method, path, body, signal);
  if (response.status === 403 && method !== 'GET') {
    const data = await parse(response.clone());
    const error = apiErrorFromBody(response.status, data);
    if (error.code === 'csrf_failed') {
      // The token went stale (e.g. the server rotated the session): fetch a fresh
      // one and try once more, so the user does not lose what they typed.
      rememberToken(await parse(await send('GET', '/api/auth/session', undefined, signal)));
      response = await send(method, path, body, signal);
    }
  }
  const data = await parse(response);
  if (!response.ok) {
    const error = apiErrorFromBody(response.status, data);
    if (isSessionLost(error)) {
      csrfToken = null;
      authProblemHandler?.('session_lost');
    } else if (isStageRequired(error)) {
      authProblemHandler?.('stage_required');
    }
    throw error;
  }
  rememberToken(data);
  return data as T;
}

/** Shorthands for the HTTP verbs. */
export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    request<T>('GET', withQuery(path, query), undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
