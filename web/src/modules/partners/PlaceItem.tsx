import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerLocation } from '../../api/partners';
import { intlLocale } from '../../ui/format';

/** A country's name in the UI language from its ISO code ("CZ" → "Czechia"). */
function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames(intlLocale(language), { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One place: its name, address and how to get there. A confidential one (a
 * shelter for women) says so: staff see its address here, but it is never
 * shared with it — the directory shared with partners names it only.
 */
export function PlaceItem({ location, actions }: { location: PartnerLocation; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const town = [location.postalCode, location.city].filter(Boolean).join(' ');
  const lines = [location.address, town, location.country ? countryName(location.country, i18n.language) : null];
  return (
    <li className={location.confidential ? 'partner-item partner-confidential' : 'partner-item'}>
      <h3 className="partner-item-title">
        <span>{location.name}</span>
        {location.confidential ? (
          <span className="badge partner-badge-confidential">{t('partners.confidential')}</span>
        ) : null}
        {location.active ? null : <span className="badge badge-off">{t('partners.placeOffBadge')}</span>}
      </h3>
      {location.confidential ? <p className="partner-note">{t('partners.confidentialNote')}</p> : null}
      {lines.some(Boolean) ? (
        <address className="partner-address">
          {lines.filter(Boolean).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </address>
      ) : null}
      {location.transportation ? (
        <p>
          <span className="partner-label">{t('partners.transportation')}</span> {location.transportation}
        </p>
      ) : null}
      {actions}
    </li>
  );
}
