import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddVisitServices, type Visit } from '../../api/visits';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError, fieldErrors } from '../../ui/FormError';
import { formatTime } from '../outreach/names';
import { ServiceChips } from './ServiceChips';
import { useServicesText, useVisitorName } from './visitText';

/** Services used since the check-in, added to an open visit (each ticked once more). */
export function AddServicesForm({ visit, onDone }: { visit: Visit; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const add = useAddVisitServices();
  const servicesText = useServicesText();
  const visitor = useVisitorName();
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [empty, setEmpty] = useState(false);
  // A new object only with new messages (see ui/useSchemaForm.ts).
  const validationErrors = useMemo(
    () => ({ ...fieldErrors(add.error), ...(empty ? { services: t('reception.chooseServiceFirst') } : {}) }),
    [add.error, empty, t],
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (serviceIds.length === 0) {
      setEmpty(true);
      return;
    }
    add.mutate(
      { visitId: visit.id, body: { services: serviceIds.map((serviceId) => ({ serviceId, quantity: 1 })) } },
      { onSuccess: onDone },
    );
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={validationErrors}>
      <FormError error={add.error} fieldNames={['services']} />
      <p className="lead">
        <strong>{visitor(visit)}</strong>
      </p>
      <p className="muted">
        {t('reception.inSince', { time: formatTime(visit.checkedInAt, i18n.language) })}
        {visit.services.length > 0
          ? ` · ${t('reception.usedSoFar', { services: servicesText(visit.services) })}`
          : null}
      </p>
      <ServiceChips
        label={t('reception.servicesToAdd')}
        value={serviceIds}
        onChange={(ids) => {
          setServiceIds(ids);
          setEmpty(false);
        }}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('reception.addServices')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
