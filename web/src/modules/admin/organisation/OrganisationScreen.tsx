import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../../../api/organisation';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { OrganisationForm } from './OrganisationForm';

/** Organisation settings: name, language, time zone, privacy and session rules. */
export function OrganisationScreen() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  return (
    <div className="stack">
      <PageHeader title={t('nav.organisation')} />
      <QueryState query={organisation}>{(org) => <OrganisationForm key={org.id} organisation={org} />}</QueryState>
    </div>
  );
}
