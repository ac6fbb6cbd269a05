import { useTranslation } from 'react-i18next';
import type { PartnerContact } from '../../api/partners';
import { telHref } from './links';

/** Whom to call at the partner: their work name, role, phone and email. */
export function ContactPersons({ contacts }: { contacts: readonly PartnerContact[] }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="partner-contacts">
      <h2 id="partner-contacts">{t('partners.contacts')}</h2>
      {contacts.length === 0 ? (
        <p className="muted">{t('partners.noContacts')}</p>
      ) : (
        <ul className="partner-list">
          {contacts.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: contact persons have no id; the list is shown whole
            <li key={i} className="partner-item">
              <p className="partner-item-title">
                <span>{c.name}</span>
                {c.title ? <span className="partner-alt">{c.title}</span> : null}
              </p>
              {c.phone ? (
                <p>
                  <a href={telHref(c.phone)}>{c.phone}</a>
                </p>
              ) : null}
              {c.email ? (
                <p>
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
