import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useMe } from '../../api/session';
import { type DaySheet, useCheckOut, type Visit } from '../../api/visits';
import { Alert } from '../../ui/Alert';
import { Button, TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { formatDay } from '../clients/labels';
import { formatTime } from '../outreach/names';
import { ReferDialog } from '../referrals/ReferButton';
import { AddServicesForm } from './AddServicesForm';
import { useServicesText, useVisitorName } from './visitText';

/**
 * The day's visits at a site, newest first: when each came in, who (a
 * pseudonym or a head count), the services used, and when they left — or,
 * while they are in, the buttons to check them out and to add services — and,
 * for those who refer, a referral from the visit. Visits left open on an
 * earlier day are listed too, to be checked out.
 */
export function DaySheetTable({
  sheet,
  canAdd,
  canCheckOut,
  canOpenPeople,
}: {
  sheet: DaySheet;
  /** Services may be added (today, by roles that record visits). */
  canAdd: boolean;
  /** Open visits may be checked out (today or a past day). */
  canCheckOut: boolean;
  /** The viewer may open a person's page. */
  canOpenPeople: boolean;
}) {
  const { t, i18n } = useTranslation();
  const checkOut = useCheckOut();
  const servicesText = useServicesText();
  const visitor = useVisitorName();
  const [adding, setAdding] = useState<Visit | null>(null);
  const [referring, setReferring] = useState<Visit | null>(null);
  const [referred, setReferred] = useState(false);
  const canRefer = can(useMe().roles, 'referrals.create');
  const time = (iso: string) => formatTime(iso, i18n.language);

  if (sheet.items.length === 0) return <p>{t('reception.noVisits')}</p>;
  return (
    <>
      <FormError error={checkOut.error} />
      {referred ? <Alert tone="success">{t('referrals.sent')}</Alert> : null}
      <DataTable caption={t('reception.daySheet')}>
        <thead>
          <tr>
            <th scope="col">{t('reception.timeIn')}</th>
            <th scope="col">{t('reception.visitor')}</th>
            <th scope="col">{t('reception.services')}</th>
            <th scope="col">{t('reception.timeOut')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.items.map((visit) => {
            const name = visitor(visit);
            const open = visit.checkedOutAt === null;
            return (
              <tr key={visit.id} className={open ? 'visit-open' : undefined}>
                <th scope="row">
                  {time(visit.checkedInAt)}
                  {visit.visitOn !== sheet.date ? (
                    <span className="visit-note">{formatDay(visit.visitOn, i18n.language)}</span>
                  ) : null}
                </th>
                <td className="visit-who">
                  {visit.clientId && canOpenPeople ? (
                    <TextLink href={`/clients/${visit.clientId}`}>{name}</TextLink>
                  ) : (
                    name
                  )}
                  {visit.clientId && canRefer ? (
                    <Button
                      className="visit-refer"
                      aria-label={t('referrals.referNamed', { name })}
                      onPress={() => {
                        setReferred(false);
                        setReferring(visit);
                      }}
                    >
                      {t('referrals.refer')}
                    </Button>
                  ) : null}
                </td>
                <td>{visit.services.length > 0 ? servicesText(visit.services) : t('reception.noServices')}</td>
                <td>
                  {!open ? (
                    time(visit.checkedOutAt ?? '')
                  ) : canCheckOut || canAdd ? (
                    <div className="visit-actions">
                      {canCheckOut ? (
                        <Button
                          aria-label={t('reception.checkOutNamed', { name })}
                          isPending={checkOut.isPending && checkOut.variables === visit.id}
                          onPress={() => checkOut.mutate(visit.id)}
                        >
                          {t('reception.checkOut')}
                        </Button>
                      ) : null}
                      {canAdd ? (
                        <Button aria-label={t('reception.addServicesNamed', { name })} onPress={() => setAdding(visit)}>
                          {t('reception.addServices')}
                        </Button>
                      ) : null}
                    </div>
                  ) : (
                    <span className="badge badge-open">{t('reception.stillIn')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <ModalDialog
        title={t('reception.addServicesTitle')}
        isOpen={adding !== null}
        onOpenChange={(isOpen) => !isOpen && setAdding(null)}
      >
        {adding ? <AddServicesForm visit={adding} onDone={() => setAdding(null)} /> : null}
      </ModalDialog>
      <ReferDialog
        referring={
          referring?.clientId
            ? { clientId: referring.clientId, origin: { source: 'visit', sourceId: referring.id } }
            : null
        }
        onClose={() => setReferring(null)}
        onSent={() => {
          setReferring(null);
          setReferred(true);
        }}
      />
    </>
  );
}
