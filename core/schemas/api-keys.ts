import { z } from 'zod';
import { limits } from '../limits';
import { id, shortText } from './common';

/** A key a partner's system reads the directory's HSDS export with (docs/decisions/017). */
export const createApiKeyBody = z.strictObject({
  /** Whose system holds it: "City of Gdańsk — social services directory". */
  name: shortText(limits.nameMax),
});

export const apiKey = z.object({
  id,
  name: z.string(),
  scope: z.enum(['directory']),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const apiKeyList = z.object({ items: z.array(apiKey) });
/** The key as made: the token is shown this once and never again. */
export const apiKeyCreated = apiKey.extend({ token: z.string() });
