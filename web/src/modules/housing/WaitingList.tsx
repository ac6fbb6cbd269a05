import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWaitingList, useWithdrawFromWaitingList } from '../../api/housing';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { today } from '../clients/labels';
import { daysBetween } from './board';
import type { HousingDialog } from './HousingDialogs';
import { useDays } from './housingText';
import { PersonName } from './PersonName';

/**
 * The site's waiting list, urgent first, then longest waiting: who, since
 * when and for how long; the desk places a person from here (the place dialog
 * opens for them, and placing takes them off the list) or withdraws them.
 */
export function WaitingList({
  siteId,
  canManage,
  canPlace,
  open,
}: {
  siteId: string;
  canManage: boolean;
  /** The site has a bed or room in use to place someone in. */
  canPlace: boolean;
  open: (dialog: HousingDialog) => void;
}) {
  const { t } = useTranslation();
  const days = useDays();
  const [page, setPage] = useState(1);
  const waiting = useWaitingList(siteId, page);
  const withdraw = useWithdrawFromWaitingList();
  const now = today();
  return (
    <section className="stack" aria-labelledby="waiting-title">
      <div className="housing-header">
        <h2 id="waiting-title">{t('housing.waitingTitle')}</h2>
        {canManage ? <Button onPress={() => open({ kind: 'wait' })}>{t('housing.addToWaitingList')}</Button> : null}
      </div>
      <FormError error={withdraw.error} />
      <QueryState query={waiting}>
        {(data) =>
          data.total === 0 ? (
            <p>{t('housing.nobodyWaiting')}</p>
          ) : (
            <>
              <p className="muted">{t('housing.waitingCount', { count: data.total })}</p>
              <ul className="housing-list">
                {data.items.map((entry) => (
                  <li key={entry.id}>
                    <div className="housing-tight">
                      <p>
                        <strong>
                          <PersonName clientId={entry.clientId} pseudonym={entry.pseudonym} />
                        </strong>
                        {entry.priority === 'urgent' ? (
                          <span className="badge housing-urgent">{t('housing.priorities.urgent')}</span>
                        ) : null}
                      </p>
                      <p className="muted">
                        {t('housing.waitingSince', {
                          day: days.day(entry.addedOn),
                          count: Math.max(0, daysBetween(entry.addedOn, now)),
                        })}
                      </p>
                    </div>
                    {canManage ? (
                      <div className="btn-row">
                        {canPlace ? (
                          <Button
                            variant="primary"
                            aria-label={t('housing.placeNamed', { name: entry.pseudonym })}
                            onPress={() =>
                              open({ kind: 'place', person: { id: entry.clientId, pseudonym: entry.pseudonym } })
                            }
                          >
                            {t('housing.place')}
                          </Button>
                        ) : null}
                        <Button
                          aria-label={t('housing.withdrawNamed', { name: entry.pseudonym })}
                          isPending={withdraw.isPending && withdraw.variables === entry.id}
                          onPress={() => withdraw.mutate(entry.id)}
                        >
                          {t('housing.withdraw')}
                        </Button>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
              {data.total > data.pageSize ? (
                <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
              ) : null}
            </>
          )
        }
      </QueryState>
    </section>
  );
}
