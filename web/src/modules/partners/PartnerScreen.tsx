import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePartner } from '../../api/partners';
import { TextLink } from '../../ui/Button';
import { QueryState } from '../../ui/QueryState';
import { PartnerPage } from './PartnerPage';
import './partners.css';

/** One partner's page: who they are, whom to call, how we work together, their places and services. */
export function PartnerScreen() {
  const { t } = useTranslation();
  const { partnerId } = useParams({ from: '/app/partners/$partnerId' });
  const partner = usePartner(partnerId);
  return (
    <div className="stack">
      <p>
        <TextLink href="/partners">{t('partners.backToList')}</TextLink>
      </p>
      <QueryState query={partner}>{(p) => <PartnerPage partner={p} />}</QueryState>
    </div>
  );
}
