import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../api/partners';
import { telHref } from './links';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What the partner is and how to reach the institution itself. */
export function PartnerDetails({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const any = partner.description || partner.phone || partner.email || partner.website;
  return (
    <section className="stack" aria-labelledby="partner-about">
      <h2 id="partner-about">{t('partners.about')}</h2>
      {any ? (
        <dl className="partner-facts">
          {partner.description ? <Row label={t('partners.description')}>{partner.description}</Row> : null}
          {partner.phone ? (
            <Row label={t('partners.phone')}>
              <a href={telHref(partner.phone)}>{partner.phone}</a>
            </Row>
          ) : null}
          {partner.email ? (
            <Row label={t('partners.email')}>
              <a href={`mailto:${partner.email}`}>{partner.email}</a>
            </Row>
          ) : null}
          {partner.website ? (
            <Row label={t('partners.website')}>
              <a href={partner.website} target="_blank" rel="noopener noreferrer">
                {partner.website}
              </a>
            </Row>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('partners.noDetails')}</p>
      )}
    </section>
  );
}
