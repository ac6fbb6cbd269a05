import { useTranslation } from 'react-i18next';
import type { PartnerListItem } from '../../api/partners';
import { TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ActiveBadge } from '../admin/shared/ActiveBadge';
import { termList } from './terms';

/** One page of the directory; the name opens the partner's page. */
export function PartnersTable({ items }: { items: readonly PartnerListItem[] }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <DataTable caption={t('nav.partners')}>
      <thead>
        <tr>
          <th scope="col">{t('partners.name')}</th>
          <th scope="col">{t('partners.serviceTypes')}</th>
          <th scope="col" className="num">
            {t('partners.servicesCount')}
          </th>
          <th scope="col">{t('partners.phone')}</th>
          <th scope="col">{t('common.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((partner) => (
          <tr key={partner.id}>
            <th scope="row">
              <TextLink href={`/partners/${partner.id}`}>{partner.name}</TextLink>
              {partner.alternateName ? <span className="partner-alt">{partner.alternateName}</span> : null}
            </th>
            <td>{termList('service-type', partner.serviceTypes, i18n.language)}</td>
            <td className="num">{nf.format(partner.services)}</td>
            <td>{partner.phone}</td>
            <td>
              <ActiveBadge active={partner.active} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
