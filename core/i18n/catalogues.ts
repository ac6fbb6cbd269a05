import type { Locale } from './locales';
import cs from './messages/cs.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import pl from './messages/pl.json' with { type: 'json' };
import uk from './messages/uk.json' with { type: 'json' };

/** A nested message catalogue in i18next JSON v4 form (plurals as _one/_few/_many/_other). */
export type MessageTree = { [key: string]: string | MessageTree };

/** The four UI and API message catalogues, shared by server and web. */
export const catalogues: Record<Locale, MessageTree> = { pl, cs, en, uk };
