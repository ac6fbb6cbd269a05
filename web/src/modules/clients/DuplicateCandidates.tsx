import { useTranslation } from 'react-i18next';
import { type ClientSummary, useDuplicateCheck } from '../../api/clients';
import { TextLink } from '../../ui/Button';
import { useDebounced } from './useDebounced';

export interface DuplicateCandidatesProps {
  pseudonym: string;
  /** The finished code, when the answers make one. */
  code: string | null;
  /** Whether the viewer may open a person's page (otherwise names are not links). */
  canRead: boolean;
}

/**
 * "Is this the same person?" while a new person is typed in: people with the
 * same code or a similar pseudonym, each with a link to their page. Announced
 * politely, so a screen-reader user hears it without losing their place.
 */
export function DuplicateCandidates({ pseudonym, code, canRead }: DuplicateCandidatesProps) {
  const { t } = useTranslation();
  const settled = useDebounced({ pseudonym: pseudonym.trim(), code }, 400);
  const body =
    settled.pseudonym.length >= 2
      ? { pseudonym: settled.pseudonym, ...(settled.code ? { code: settled.code } : {}) }
      : null;
  const check = useDuplicateCheck(body);
  const items: ClientSummary[] = body ? (check.data?.items ?? []) : [];
  return (
    <div className="duplicates" aria-live="polite">
      {items.length > 0 ? (
        <div className="alert alert-warning stack">
          <p>
            <strong>{t('clients.duplicatesTitle')}</strong> {t('clients.duplicatesIntro', { count: items.length })}
          </p>
          <ul className="plain-list">
            {items.map((c) => (
              <li key={c.id}>
                {canRead ? (
                  <TextLink href={`/clients/${c.id}`} target="_blank">
                    {c.pseudonym}
                    <span className="visually-hidden"> ({t('clients.opensInNewTab')})</span>
                  </TextLink>
                ) : (
                  <strong>{c.pseudonym}</strong>
                )}{' '}
                · {c.match === 'code' ? t('clients.matchCode') : t('clients.matchPseudonym')} ·{' '}
                {t(`clients.statuses.${c.status}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
