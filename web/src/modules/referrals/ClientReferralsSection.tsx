import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NotedReferral,
  type Referral,
  type ReferralStatus,
  useClientReferrals,
  useNotedReferrals,
} from '../../api/referrals';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { QueryState } from '../../ui/QueryState';
import { formatDay } from '../clients/labels';
import { localDay } from '../clients/timeline';
import { useCatalogueNames } from '../outreach/names';
import { nextStatuses, type ReferralOrigin } from './logic';
import { ReferralForm, type ReferralPrefill } from './ReferralForm';
import { ReferralItem } from './ReferralItem';
import { StatusForm } from './StatusForm';

type Open =
  | { what: 'refer'; origin: ReferralOrigin; prefill: ReferralPrefill }
  | { what: 'move'; referral: Referral; status: ReferralStatus }
  | null;

/** Referrals noted on the person's contact cards, each made real from here with the same form. */
function NotedReferrals({ clientId, onRefer }: { clientId: string; onRefer: (noted: NotedReferral) => void }) {
  const { t, i18n } = useTranslation();
  const noted = useNotedReferrals(clientId);
  const reasons = useCatalogueNames('referral_reason');
  const items = noted.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="noted-referrals-title">
      <h3 id="noted-referrals-title">{t('referrals.noted')}</h3>
      <p className="muted">{t('referrals.notedIntro')}</p>
      <ul className="action-list">
        {items.map((n) => {
          const what = n.reasonId ? reasons.name(n.reasonId) : t('referrals.noReason');
          return (
            <li key={`${n.contactId}:${n.notedIndex}`} className="action-item">
              <div className="action-item-text">
                <span className="action-item-title">{what}</span>
                <span className="muted">
                  {formatDay(localDay(n.occurredAt), i18n.language)}
                  {n.partnerName ? ` · ${n.partnerName}` : ''}
                </span>
                {n.note ? <span>{n.note}</span> : null}
              </div>
              <div className="btn-row">
                <Button
                  aria-label={t('referrals.makeNamed', {
                    what,
                    day: formatDay(localDay(n.occurredAt), i18n.language),
                  })}
                  onPress={() => onRefer(n)}
                >
                  {t('referrals.make')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The person's referrals with what came of them and the partner's feedback;
 * workers who refer make new ones (also from lines noted on contact cards), and
 * coordinators and counsellors record the answer and the outcome.
 */
export function ClientReferralsSection({
  clientId,
  canCreate,
  canManage,
}: {
  clientId: string;
  canCreate: boolean;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const referrals = useClientReferrals(clientId);
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const close = () => setOpen(null);
  const done = (message: string) => () => {
    setOpen(null);
    setSaved(message);
  };

  return (
    <section className="panel stack" aria-labelledby="client-referrals-title">
      <h2 id="client-referrals-title">{t('referrals.title')}</h2>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <QueryState query={referrals}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('referrals.none')}</p>
          ) : (
            <ul className="action-list" aria-label={t('referrals.title')}>
              {items.map((r) => (
                <ReferralItem
                  key={r.id}
                  referral={r}
                  actions={
                    canManage
                      ? nextStatuses(r.status).map((status) => (
                          <Button
                            key={status}
                            aria-label={t('referrals.moveNamed', {
                              move: t(`referrals.moves.${status}`),
                              service: r.serviceName,
                            })}
                            onPress={() => setOpen({ what: 'move', referral: r, status })}
                          >
                            {t(`referrals.moves.${status}`)}
                          </Button>
                        ))
                      : null
                  }
                />
              ))}
            </ul>
          )
        }
      </QueryState>
      {canCreate ? (
        <>
          <div className="btn-row">
            <Button onPress={() => setOpen({ what: 'refer', origin: { source: 'client' }, prefill: {} })}>
              {t('referrals.refer')}
            </Button>
          </div>
          <NotedReferrals
            clientId={clientId}
            onRefer={(n) =>
              setOpen({
                what: 'refer',
                origin: { source: 'contact', sourceId: n.contactId, notedIndex: n.notedIndex },
                prefill: { reasonId: n.reasonId, partnerName: n.partnerName },
              })
            }
          />
        </>
      ) : null}
      <ModalDialog title={t('referrals.newTitle')} isOpen={open?.what === 'refer'} onOpenChange={(o) => !o && close()}>
        {open?.what === 'refer' ? (
          <ReferralForm
            clientId={clientId}
            origin={open.origin}
            prefill={open.prefill}
            onDone={done(t('referrals.sent'))}
          />
        ) : null}
      </ModalDialog>
      <ModalDialog
        title={open?.what === 'move' ? t(`referrals.moveTitles.${open.status}`) : ''}
        isOpen={open?.what === 'move'}
        onOpenChange={(o) => !o && close()}
      >
        {open?.what === 'move' ? (
          <StatusForm
            referral={open.referral}
            status={open.status}
            onDone={done(t('referrals.statusSaved', { status: t(`referrals.statuses.${open.status}`) }))}
          />
        ) : null}
      </ModalDialog>
    </section>
  );
}
