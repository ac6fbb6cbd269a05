import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { limits } from '#core/limits';
import { createContactBody } from '#core/schemas/contacts';
import { useCreateContact } from '../../api/contacts';
import type { Shift } from '../../api/shifts';
import { queueContact, writesQueued } from '../../offline/writes';
import { Button, LinkButton } from '../../ui/Button';
import { ChipGroup, ChoiceChips } from '../../ui/ChipGroup';
import { Disclosure } from '../../ui/Disclosure';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Stepper } from '../../ui/Stepper';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { catalogueLabel } from '../clients/labels';
import { savedNotice } from '../field/savedNotice';
import { useCatalogueNames, usePlaceNames } from '../outreach/names';
import { ChangesField, FollowUpFields, NotesField } from './CardFields';
import {
  type ContactDraft,
  type ContactWho,
  contactBody,
  emptyDraft,
  newReferral,
  type ReferralDraft,
  sentReferralIndex,
  targetGroupsOverHeadCount,
} from './contactBody';
import { MaterialSteppers } from './MaterialSteppers';
import { anyError, OptionalPart } from './OptionalPart';
import { SituationPart } from './SituationPart';

// Not an option value of any of the lists below (documents have a 'none').
const unsaid = 'unsaid';
const fieldNames = [
  'headCount',
  'spotId',
  'topicIds',
  'notes',
  'changes',
  'followUp.what',
  'followUp.dueOn',
  'initialSituation.health',
  'initialSituation.needs',
  'initialSituation.institutions',
  'breakdown',
  'breakdown.targetGroups',
];

/** Field names of the referral rows (as many as a card may carry), so their messages sit next to them. */
const referralFields = Array.from({ length: limits.referralsPerContactMax }, (_, i) => [
  `referrals.${i}.reasonId`,
  `referrals.${i}.partnerName`,
  `referrals.${i}.note`,
]).flat();

/**
 * The second screen: what happened, by taps — materials on steppers, services
 * and topics as chips — then Save. Notes, a follow-up, noted referrals, the
 * initial situation (first card) and changes (repeat card) are optional parts
 * that open on a tap. The id is made here, once: a save retried after a lost
 * connection sends the same id, and the server records it only once.
 */
export function WhatStep({
  shift,
  who,
  onSaved,
}: {
  shift: Shift;
  who: ContactWho;
  onSaved: (kind: ContactWho['kind']) => void;
}) {
  const { t, i18n } = useTranslation();
  const places = usePlaceNames();
  const services = useCatalogueNames('service');
  const topics = useCatalogueNames('topic');
  const reasons = useCatalogueNames('referral_reason');
  const targetGroups = useCatalogueNames('target_group');
  const create = useCreateContact();
  const [queueError, setQueueError] = useState<unknown>(null);
  const form = useSchemaForm(createContactBody, create.error);
  const [id] = useState(() => uuidv7());
  const [draft, setDraft] = useState<ContactDraft>(() =>
    emptyDraft(shift.spotIds.length === 1 ? (shift.spotIds[0] ?? null) : null),
  );
  const set = <K extends keyof ContactDraft>(field: K, value: ContactDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const setSituation = (patch: Partial<ContactDraft['situation']>) =>
    setDraft((d) => ({ ...d, situation: { ...d.situation, ...patch } }));
  // Checked on save, then kept up to date while the counts are corrected.
  const [checked, setChecked] = useState(false);
  const tooBig = checked && who.kind === 'anonymous' ? targetGroupsOverHeadCount(draft) : [];
  const errors = form.validationErrors;
  const setReferral = (key: number, patch: Partial<ReferralDraft>) =>
    setDraft((d) => ({ ...d, referrals: d.referrals.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  const setGroupCount = (groupId: string, n: number) =>
    setDraft((d) => ({
      ...d,
      breakdown: { ...d.breakdown, targetGroups: { ...d.breakdown.targetGroups, [groupId]: n } },
    }));
  const breakdownFilled =
    draft.breakdown.women + draft.breakdown.men + draft.breakdown.nonBinary > 0 ||
    Object.values(draft.breakdown.targetGroups).some((n) => n > 0);
  const chips = (items: typeof services.choices) =>
    items.map((item) => ({ id: item.id, label: catalogueLabel(item, i18n.language) }));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = contactBody(id, shift.id, who, draft);
    const over = who.kind === 'anonymous' ? targetGroupsOverHeadCount(draft) : [];
    // Only a failed check re-renders the form: on a cheap phone that render costs more than saving.
    if (!form.check(body) || over.length > 0) {
      setChecked(true);
      return;
    }
    // On a field device the card is kept on the phone and the screen moves on at
    // once: no server answer to wait for (budget: tap to "saved" ≤ 100 ms at 4× CPU).
    if (writesQueued()) {
      void queueContact(body).then(
        () => {
          // Said at once (the card is on disk now); the shift page follows.
          savedNotice.show(who.kind);
          setTimeout(() => onSaved(who.kind), 0);
        },
        (error: unknown) => setQueueError(error),
      );
      return;
    }
    create.mutate(body, { onSuccess: () => onSaved(who.kind) });
  }

  const _situation = draft.situation;
  return (
    <div className="stack">
      <PageHeader title={t(`contacts.cardTitles.${who.kind}`)}>
        {who.kind === 'anonymous' ? (
          <p className="muted">{t('contacts.anonymousIntro')}</p>
        ) : (
          <p className="lead">
            <strong>{who.pseudonym}</strong>
          </p>
        )}
      </PageHeader>
      <Form className="contact-form" onSubmit={save} validationErrors={errors}>
        <FormError error={create.error ?? queueError} fieldNames={[...fieldNames, ...referralFields]} />
        {who.kind === 'anonymous' ? (
          <section className="stack contact-part" aria-labelledby="people-title">
            <h2 id="people-title">{t('contacts.people')}</h2>
            <Stepper
              name="headCount"
              label={t('contacts.headCount')}
              minValue={1}
              maxValue={limits.headCountMax}
              value={draft.headCount}
              onChange={(n) => set('headCount', n)}
            />
            <OptionalPart
              title={t('contacts.breakdown')}
              filled={breakdownFilled}
              invalid={anyError(errors, 'breakdown') || tooBig.length > 0}
            >
              <p className="field-description">{t('contacts.breakdownHint')}</p>
              <fieldset className="exchange-item">
                <legend>{t('contacts.byGender')}</legend>
                <div className="stepper-list">
                  {(['women', 'men', 'nonBinary'] as const).map((part) => (
                    <Stepper
                      key={part}
                      label={t(`contacts.breakdownParts.${part}`)}
                      maxValue={limits.headCountMax}
                      value={draft.breakdown[part]}
                      onChange={(n) => set('breakdown', { ...draft.breakdown, [part]: n })}
                    />
                  ))}
                </div>
                {errors.breakdown ? <p className="field-error">{errors.breakdown}</p> : null}
              </fieldset>
              {targetGroups.choices.length > 0 ? (
                <fieldset className="exchange-item">
                  <legend>{t('contacts.byTargetGroup')}</legend>
                  <p className="field-description">{t('contacts.byTargetGroupHint')}</p>
                  <div className="stepper-list">
                    {targetGroups.choices.map((group) => (
                      <Stepper
                        key={group.id}
                        label={catalogueLabel(group, i18n.language)}
                        maxValue={limits.headCountMax}
                        value={draft.breakdown.targetGroups[group.id] ?? 0}
                        onChange={(n) => setGroupCount(group.id, n)}
                      />
                    ))}
                  </div>
                  {/* The server says the same as the check below; the check names the groups. */}
                  {errors['breakdown.targetGroups'] && tooBig.length === 0 ? (
                    <p className="field-error">{errors['breakdown.targetGroups']}</p>
                  ) : null}
                  {tooBig.length > 0 ? (
                    <p className="field-error">
                      {t('contacts.targetGroupTooBig', {
                        names: tooBig.map((groupId) => targetGroups.name(groupId)).join(', '),
                        headCount: draft.headCount,
                      })}
                    </p>
                  ) : null}
                </fieldset>
              ) : null}
            </OptionalPart>
          </section>
        ) : null}

        {shift.spotIds.length > 1 && places.readable.areas ? (
          <ChoiceChips
            name="spotId"
            label={t('contacts.where')}
            options={shift.spotIds.map((spotId) => ({ id: spotId, label: places.spot(spotId) }))}
            value={draft.spotId}
            onChange={(spotId) => set('spotId', spotId)}
          />
        ) : null}

        <MaterialSteppers shift={shift} value={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />

        <Disclosure
          title={t('contacts.services')}
          summary={draft.serviceIds.length > 0 ? t('contacts.chosen', { count: draft.serviceIds.length }) : undefined}
        >
          <ChipGroup
            name="services"
            label={t('contacts.services')}
            hideLabel
            options={chips(services.choices)}
            value={draft.serviceIds}
            onChange={(ids) => set('serviceIds', ids)}
          />
        </Disclosure>
        <Disclosure
          title={t('contacts.topics')}
          summary={draft.topicIds.length > 0 ? t('contacts.chosen', { count: draft.topicIds.length }) : undefined}
        >
          <ChipGroup
            name="topicIds"
            label={t('contacts.topics')}
            hideLabel
            options={chips(topics.choices)}
            value={draft.topicIds}
            onChange={(ids) => set('topicIds', ids)}
          />
        </Disclosure>

        {who.kind === 'repeat' ? (
          <OptionalPart
            title={t('contacts.changes')}
            filled={draft.changes.trim() !== ''}
            invalid={anyError(errors, 'changes')}
          >
            <ChangesField value={draft.changes} onChange={(v) => set('changes', v)} />
          </OptionalPart>
        ) : null}

        {who.kind === 'first' ? (
          <SituationPart situation={draft.situation} errors={errors} onChange={setSituation} />
        ) : null}

        <OptionalPart
          title={t('contacts.notes')}
          filled={draft.notes.trim() !== ''}
          invalid={anyError(errors, 'notes')}
        >
          <NotesField value={draft.notes} onChange={(v) => set('notes', v)} />
        </OptionalPart>

        <OptionalPart
          title={t('contacts.followUp')}
          filled={draft.followUpWhat.trim() !== '' || draft.followUpDueOn !== ''}
          invalid={anyError(errors, 'followUp')}
        >
          <FollowUpFields
            what={draft.followUpWhat}
            dueOn={draft.followUpDueOn}
            onWhat={(v) => set('followUpWhat', v)}
            onDueOn={(v) => set('followUpDueOn', v)}
          />
        </OptionalPart>

        <OptionalPart
          title={t('contacts.referrals')}
          filled={draft.referrals.some((r) => sentReferralIndex(draft, r.key) !== null)}
          invalid={anyError(errors, 'referrals')}
        >
          <p className="field-description">{t('contacts.referralHint')}</p>
          {draft.referrals.map((row, index) => {
            const at = sentReferralIndex(draft, row.key);
            const field = (name: string) => (at === null ? `referral-${row.key}.${name}` : `referrals.${at}.${name}`);
            const number = index + 1;
            return (
              <fieldset key={row.key} className="exchange-item referral-row">
                <legend>{t('contacts.referralNumber', { number })}</legend>
                <Select
                  name={field('reasonId')}
                  label={t('contacts.referralReason')}
                  options={[{ id: unsaid, label: t('contacts.notSaid') }, ...chips(reasons.choices)]}
                  value={row.reasonId ?? unsaid}
                  onChange={(v) => setReferral(row.key, { reasonId: v === unsaid ? null : v })}
                />
                <TextField
                  name={field('partnerName')}
                  label={t('contacts.referralPartner')}
                  maxLength={limits.shortTextMax}
                  value={row.partnerName}
                  onChange={(v) => setReferral(row.key, { partnerName: v })}
                />
                <TextField
                  name={field('note')}
                  label={t('contacts.referralNote')}
                  maxLength={limits.shortTextMax}
                  value={row.note}
                  onChange={(v) => setReferral(row.key, { note: v })}
                />
                <div className="btn-row">
                  <Button
                    variant="quiet"
                    onPress={() => setDraft((d) => ({ ...d, referrals: d.referrals.filter((r) => r.key !== row.key) }))}
                  >
                    {t('contacts.removeReferral', { number })}
                  </Button>
                </div>
              </fieldset>
            );
          })}
          {draft.referrals.length < limits.referralsPerContactMax ? (
            <div className="btn-row">
              <Button
                onPress={() => setDraft((d) => ({ ...d, referrals: [...d.referrals, newReferral(d.referrals)] }))}
              >
                {draft.referrals.length === 0 ? t('contacts.addReferral') : t('contacts.addAnotherReferral')}
              </Button>
            </div>
          ) : null}
        </OptionalPart>

        <div className="btn-row contact-save">
          <Button type="submit" variant="primary" className="btn-big" isPending={create.isPending}>
            {t('contacts.save')}
          </Button>
          <LinkButton href={`/shifts/${shift.id}`}>{t('common.cancel')}</LinkButton>
        </div>
      </Form>
    </div>
  );
}
