import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createReferralBody } from '#core/schemas/referrals';
import type { ServiceType } from '../../api/partners';
import { usePartnerServices } from '../../api/partners';
import { type SharedItem, useCreateReferral } from '../../api/referrals';
import { Button } from '../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { useDebounced } from '../clients/useDebounced';
import { useCatalogueNames } from '../outreach/names';
import { serviceTypeOptions } from '../partners/terms';
import { defaultExpectedBy, type ReferralOrigin, referralBody, sharedItems } from './logic';

const any = 'any';
const noReason = 'none';
const fieldNames = ['partnerServiceId', 'reasonId', 'referredOn', 'expectedBy', 'shared'];

/** What a referral from a noted line starts with: the reason and the partner's name as the worker typed them. */
export interface ReferralPrefill {
  reasonId?: string | null;
  partnerName?: string | null;
}

/** The service to refer to: searched by name or partner, narrowed by type, then chosen. */
function ServicePicker({
  initialQuery,
  value,
  onChange,
}: {
  initialQuery: string;
  value: string | null;
  onChange: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState(initialQuery);
  const [type, setType] = useState<ServiceType | typeof any>(any);
  const query = useDebounced(q);
  const services = usePartnerServices({
    q: query,
    serviceType: type === any ? undefined : type,
    pageSize: 50,
  });
  const found = (services.data?.items ?? []).map((s) => ({
    id: s.id,
    label: t('referrals.serviceAt', { service: s.name, partner: s.partnerName }),
  }));
  // The chosen service stays on offer when a new search no longer finds it: what is sent is what is shown.
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const options = chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <fieldset className="stack">
      <legend className="field-label">{t('referrals.service')}</legend>
      <div className="form-grid">
        <TextField name="serviceSearch" type="search" label={t('referrals.searchService')} value={q} onChange={setQ} />
        <Select
          name="serviceType"
          label={t('partners.serviceType')}
          options={[{ id: any, label: t('partners.anyServiceType') }, ...serviceTypeOptions(i18n.language)]}
          value={type}
          onChange={setType}
        />
      </div>
      <Select
        name="partnerServiceId"
        label={t('referrals.chooseService')}
        description={
          services.data && found.length === 0 ? t('referrals.noServicesFound') : t('referrals.chooseServiceHint')
        }
        isRequired
        options={options}
        value={value}
        onChange={(id) => {
          setChosen(options.find((o) => o.id === id) ?? null);
          onChange(id);
        }}
      />
    </fieldset>
  );
}

/**
 * Refers the person to a partner's service: the reason, the day and when an
 * answer is expected, whether a worker goes along, and — only with the person's
 * consent — what may be told to the partner, item by item.
 */
export function ReferralForm({
  clientId,
  origin = { source: 'client' },
  prefill = {},
  onDone,
}: {
  clientId: string;
  origin?: ReferralOrigin;
  prefill?: ReferralPrefill;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateReferral();
  const form = useSchemaForm(createReferralBody, create.error);
  const reasons = useCatalogueNames('referral_reason');
  const [partnerServiceId, setPartnerServiceId] = useState<string | null>(null);
  const [reasonId, setReasonId] = useState<string>(prefill.reasonId ?? noReason);
  const [referredOn, setReferredOn] = useState(today);
  const [expectedBy, setExpectedBy] = useState(() => defaultExpectedBy(today()));
  const [expectedTouched, setExpectedTouched] = useState(false);
  const [accompanied, setAccompanied] = useState(false);
  const [consentGiven, setConsentGiven] = useState(false);
  const [shared, setShared] = useState<SharedItem[]>([]);

  function changeDay(day: string) {
    setReferredOn(day);
    // Two weeks on follows the day until the worker sets the answer's day themselves.
    if (!expectedTouched && /^\d{4}-\d{2}-\d{2}$/.test(day)) setExpectedBy(defaultExpectedBy(day));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = referralBody(
      clientId,
      {
        partnerServiceId,
        reasonId: reasonId === noReason ? null : reasonId,
        referredOn,
        expectedBy,
        accompanied,
        consentGiven,
        shared,
      },
      origin,
    );
    if (!form.check(body)) return;
    create.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={create.error} fieldNames={fieldNames} />
      <ServicePicker initialQuery={prefill.partnerName ?? ''} value={partnerServiceId} onChange={setPartnerServiceId} />
      <Select
        name="reasonId"
        label={t('referrals.reason')}
        options={[
          { id: noReason, label: t('referrals.noReason') },
          ...reasons.choices.map((c) => ({ id: c.id, label: reasons.name(c.id) })),
        ]}
        value={reasonId}
        onChange={setReasonId}
      />
      <div className="form-grid">
        <TextField
          name="referredOn"
          type="date"
          label={t('referrals.referredOn')}
          isRequired
          value={referredOn}
          onChange={changeDay}
        />
        <TextField
          name="expectedBy"
          type="date"
          label={t('referrals.expectedBy')}
          description={t('referrals.expectedByHint')}
          value={expectedBy}
          onChange={(day) => {
            setExpectedTouched(true);
            setExpectedBy(day);
          }}
        />
      </div>
      <Checkbox name="accompanied" isSelected={accompanied} onChange={setAccompanied}>
        {t('referrals.accompanied')}
      </Checkbox>
      <Checkbox
        name="consentGiven"
        isSelected={consentGiven}
        onChange={(on) => {
          setConsentGiven(on);
          if (!on) setShared([]);
        }}
      >
        {t('referrals.consent')}
      </Checkbox>
      <CheckboxGroup
        name="shared"
        label={t('referrals.shared')}
        description={consentGiven ? t('referrals.sharedHint') : t('referrals.sharedNeedsConsent')}
        isDisabled={!consentGiven}
        options={sharedItems.map((s) => ({ id: s, label: t(`referrals.sharedItems.${s}`) }))}
        value={shared}
        onChange={setShared}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('referrals.send')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
