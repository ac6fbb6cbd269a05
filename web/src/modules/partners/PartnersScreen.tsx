import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { usePartners } from '../../api/partners';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { Button, LinkButton } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { PartnerFilters } from './PartnerFilters';
import { PartnerForm } from './PartnerForm';
import { PartnersTable } from './PartnersTable';
import { directoryQuery } from './terms';
import './partners.css';

const pageSize = 25;

/**
 * The partner directory: institutions the organisation works with, found by
 * name, by what they offer (service type) and to whom (target group); those
 * who keep the directory add partners here.
 */
export function PartnersScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/partners' });
  const navigate = useNavigate({ from: '/partners' });
  const partners = usePartners(directoryQuery(search, pageSize));
  const [creating, setCreating] = useState(false);

  return (
    <div className="stack">
      <PageHeader
        title={t('nav.partners')}
        actions={
          <>
            {can(me.roles, 'partners.manage') ? (
              <>
                <Button variant="primary" onPress={() => setCreating(true)}>
                  {t('partners.new')}
                </Button>
                <LinkButton href="/partners/import">{t('directoryImport.title')}</LinkButton>
              </>
            ) : null}
            {can(me.roles, 'partners.keys') ? (
              <LinkButton href="/partners/keys">{t('directoryKeys.title')}</LinkButton>
            ) : null}
          </>
        }
      >
        <p className="muted">{t('partners.intro')}</p>
      </PageHeader>
      <PartnerFilters value={search} onApply={(next) => void navigate({ search: compact(next) })} />
      <QueryState query={partners}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('partners.empty')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('partners.count', { count: result.total })}
              </p>
              <PartnersTable items={result.items} />
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                onPage={(page) => void navigate({ search: (s) => ({ ...s, page }) })}
              />
            </>
          )
        }
      </QueryState>
      <ModalDialog title={t('partners.new')} isOpen={creating} onOpenChange={setCreating} dismissable={false}>
        {creating ? (
          <PartnerForm
            onDone={(partner) => {
              setCreating(false);
              void navigate({ to: '/partners/$partnerId', params: { partnerId: partner.id } });
            }}
          />
        ) : null}
      </ModalDialog>
    </div>
  );
}
