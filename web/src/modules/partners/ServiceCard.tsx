import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerLocation, PartnerService } from '../../api/partners';
import { Button } from '../../ui/Button';
import { languageLabel } from '../clients/labels';
import { telHref } from './links';
import { OpeningHoursList } from './OpeningHoursList';
import { serviceStatusKey, termList } from './terms';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** One service: its types and target groups, who may come, languages, hours, places and how to apply. */
export function ServiceCard({
  service,
  locations,
  onEdit,
}: {
  service: PartnerService;
  locations: readonly PartnerLocation[];
  onEdit?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const places = service.locationIds
    .map((id) => locations.find((l) => l.id === id)?.name)
    .filter((name): name is string => Boolean(name));
  const min = service.minimumAge === null ? null : String(service.minimumAge);
  const max = service.maximumAge === null ? null : String(service.maximumAge);
  const ages =
    min !== null && max !== null
      ? t('partners.agesBetween', { min, max })
      : min !== null
        ? t('partners.agesFrom', { min })
        : max !== null
          ? t('partners.agesUpTo', { max })
          : null;

  return (
    <li className="partner-item">
      <h3 className="partner-item-title">
        <span>{service.name}</span>
        <span className={service.status === 'active' ? 'badge badge-on' : 'badge badge-off'}>
          {t(serviceStatusKey(service.status))}
        </span>
      </h3>
      {service.description ? <p className="partner-text">{service.description}</p> : null}
      <dl className="partner-facts">
        <Row label={t('partners.serviceTypes')}>{termList('service-type', service.serviceTypes, language)}</Row>
        {service.targetGroups.length > 0 ? (
          <Row label={t('partners.targetGroups')}>{termList('target-group', service.targetGroups, language)}</Row>
        ) : null}
        {service.eligibility ? <Row label={t('partners.eligibility')}>{service.eligibility}</Row> : null}
        {ages ? <Row label={t('partners.ages')}>{ages}</Row> : null}
        {service.languages.length > 0 ? (
          <Row label={t('partners.languages')}>
            {service.languages.map((code) => languageLabel(code, language, t)).join(', ')}
          </Row>
        ) : null}
        {service.hours.length > 0 ? (
          <Row label={t('partners.hours')}>
            <OpeningHoursList hours={service.hours} />
          </Row>
        ) : null}
        {places.length > 0 ? <Row label={t('partners.servicePlaces')}>{places.join(', ')}</Row> : null}
        {service.applicationProcess ? (
          <Row label={t('partners.applicationProcess')}>{service.applicationProcess}</Row>
        ) : null}
        {service.feesDescription ? <Row label={t('partners.fees')}>{service.feesDescription}</Row> : null}
        {service.phone ? (
          <Row label={t('partners.phone')}>
            <a href={telHref(service.phone)}>{service.phone}</a>
          </Row>
        ) : null}
        {service.email ? (
          <Row label={t('partners.email')}>
            <a href={`mailto:${service.email}`}>{service.email}</a>
          </Row>
        ) : null}
        {service.url ? (
          <Row label={t('partners.website')}>
            <a href={service.url} target="_blank" rel="noopener noreferrer">
              {service.url}
            </a>
          </Row>
        ) : null}
      </dl>
      {onEdit ? (
        <div className="btn-row">
          <Button aria-label={t('common.editNamed', { name: service.name })} onPress={onEdit}>
            {t('common.edit')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
