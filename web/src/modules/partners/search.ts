import { compact, positiveInt, text } from '../../app/search';

/**
 * The directory's address: search text, a service type (`type`) and a target
 * group (`group`) by key, inactive partners shown too (`inactive=true`), the page.
 * The route only coerces types here (no taxonomy in the first screen's bundle);
 * the screen narrows `type` and `group` to the taxonomy's keys (terms.ts).
 */
export interface PartnersSearch {
  q?: string;
  type?: string;
  group?: string;
  inactive?: boolean;
  page?: number;
}

export const validatePartnersSearch = (s: Record<string, unknown>): PartnersSearch =>
  compact({
    q: text(s.q),
    type: text(s.type),
    group: text(s.group),
    inactive: s.inactive === true || s.inactive === 'true' ? true : undefined,
    page: positiveInt(s.page),
  });
