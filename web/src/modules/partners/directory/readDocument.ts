import { limits } from '#core/limits';
import type { HsdsImportBody } from '../../../api/hsdsImport';

/** Why a pasted or chosen text cannot be sent, as a message key under `directoryImport.errors`. */
export type ReadProblem =
  | { problem: 'empty' }
  | { problem: 'notJson'; line?: number; column?: number }
  | { problem: 'notDocument' }
  | { problem: 'tooBig' };

/** Where JSON.parse stopped, as line and column (engines say "position N"; the rest of their message is English). */
function whereItFailed(text: string, error: unknown): { line?: number; column?: number } {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (at === undefined) return {};
  const before = text.slice(0, Number(at)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads the text of an HSDS document before it is sent: it must be JSON, an
 * object or a list of objects (what the import route takes), and fit in one
 * request. The browser says what is wrong at once, in the user's language,
 * instead of a round trip that could only answer "invalid body".
 */
export function readDocument(text: string): { doc: HsdsImportBody } | ReadProblem {
  if (!text.trim()) return { problem: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: 'notJson', ...whereItFailed(text, error) };
  }
  const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  const document = Array.isArray(parsed) ? parsed.length > 0 && parsed.every(isObject) : isObject(parsed);
  if (!document) return { problem: 'notDocument' };
  // The request's own limit; the text as sent again (whitespace dropped) is what counts.
  if (new TextEncoder().encode(JSON.stringify(parsed)).length > limits.bodyBytesMax) return { problem: 'tooBig' };
  return { doc: parsed as HsdsImportBody };
}
