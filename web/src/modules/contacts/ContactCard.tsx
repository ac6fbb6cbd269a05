import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { updateContactBody } from '#core/schemas/contacts';
import { type Contact, useContact, useUpdateContact } from '../../api/contacts';
import { useMe } from '../../api/session';
import { useShift } from '../../api/shifts';
import { Alert } from '../../ui/Alert';
import { Button, TextLink } from '../../ui/Button';
import { ChipGroup } from '../../ui/ChipGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { formatDateTime, intlLocale } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { QueryState } from '../../ui/QueryState';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { catalogueLabel, formatDay } from '../clients/labels';
import {
  useCatalogueNames,
  useListFormat,
  useMaterialLabel,
  useNumberFormat,
  usePlaceNames,
  useWorkerNames,
} from '../outreach/names';
import { ReferralForm } from '../referrals/ReferralForm';
import { isEditable } from '../shifts/ShiftBits';
import { ChangesField, FollowUpFields, NotesField } from './CardFields';
import { correctionBody, correctionDraft } from './contactUpdate';
import './contacts.css';

const fieldNames = ['durationMinutes', 'topicIds', 'notes', 'changes', 'followUp.what', 'followUp.dueOn'];

/** The calendar day of an instant in this device's time zone ("1 Dec 2026"). */
function localDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium' }).format(new Date(iso));
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Everything a recorded card says, in words: who, when, where, what was done and given, what comes next. */
export function ContactFacts({ contact, pseudonym }: { contact: Contact; pseudonym: string | null }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const places = usePlaceNames();
  const workers = useWorkerNames();
  const services = useCatalogueNames('service');
  const topics = useCatalogueNames('topic');
  const reasons = useCatalogueNames('referral_reason');
  const groups = useCatalogueNames('target_group');
  const material = useMaterialLabel();
  const list = useListFormat();
  const nf = useNumberFormat();
  const none = <span className="missing">{t('contacts.nothingNoted')}</span>;
  const s = contact.initialSituation;
  const b = contact.breakdown;
  const place = [places.area(contact.areaId), places.spot(contact.spotId)].filter(Boolean).join(' · ');
  return (
    <dl className="facts card-facts">
      <Row label={t('contacts.card')}>{t(`contacts.kinds.${contact.kind}`)}</Row>
      <Row label={t('contacts.who')}>
        {contact.kind === 'anonymous' ? (
          t('contacts.anonymousPeople', { count: contact.headCount ?? 0 })
        ) : contact.clientId && can(me.roles, 'clients.read') ? (
          <TextLink href={`/clients/${contact.clientId}`}>{pseudonym ?? t('contacts.someone')}</TextLink>
        ) : (
          (pseudonym ?? t('contacts.someone'))
        )}
      </Row>
      {b ? (
        <Row label={t('contacts.breakdown')}>
          {list([
            ...(['women', 'men', 'nonBinary'] as const)
              .filter((part) => b[part] > 0)
              .map((part) =>
                t('contacts.partCount', { name: t(`contacts.breakdownParts.${part}`), n: nf.number(b[part]) }),
              ),
            ...b.targetGroups.map((g) =>
              t('contacts.partCount', { name: groups.name(g.targetGroupId), n: nf.number(g.count) }),
            ),
          ])}
        </Row>
      ) : null}
      <Row label={t('contacts.when')}>{formatDateTime(contact.occurredAt, i18n.language)}</Row>
      <Row label={t('shifts.channel')}>{t(`shifts.channels.${contact.channel}`)}</Row>
      {place ? <Row label={t('contacts.where')}>{place}</Row> : null}
      {contact.workerId ? <Row label={t('contacts.worker')}>{workers.name(contact.workerId)}</Row> : null}
      <Row label={t('contacts.duration')}>
        {contact.durationMinutes === null ? none : t('contacts.minutes', { count: contact.durationMinutes })}
      </Row>
      <Row label={t('contacts.materials')}>
        {contact.materials.length === 0 ? (
          none
        ) : (
          <ul className="card-list">
            {contact.materials.map((m) => (
              <li key={m.materialId}>
                {[
                  t('contacts.materialCount', { name: material(m.materialId), count: nf.number(m.quantity) }),
                  m.returned > 0 ? t('contacts.returnedCount', { n: nf.number(m.returned) }) : '',
                  m.secondaryFor > 0 ? t('contacts.secondaryCount', { n: nf.number(m.secondaryFor) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row label={t('contacts.services')}>
        {contact.services.length === 0 ? none : list(contact.services.map((x) => services.name(x.serviceId)))}
      </Row>
      <Row label={t('contacts.topics')}>
        {contact.topicIds.length === 0 ? none : list(contact.topicIds.map((id) => topics.name(id)))}
      </Row>
      <Row label={t('contacts.referrals')}>
        {contact.referrals.length === 0 ? (
          none
        ) : (
          <ul className="card-list">
            {contact.referrals.map((r, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a recorded card's referrals have no ids and never move
              <li key={index}>
                {[r.reasonId ? reasons.name(r.reasonId) : '', r.partnerName ?? '', r.note ?? '']
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row label={t('contacts.followUp')}>
        {contact.followUp ? (
          <>
            {contact.followUp.what} · {t('followUps.dueOn', { date: formatDay(contact.followUp.dueOn, i18n.language) })}
            {contact.followUp.doneAt ? (
              <>
                {' '}
                <span className="badge badge-on">
                  {t('contacts.followUpDoneOn', { date: localDay(contact.followUp.doneAt, i18n.language) })}
                </span>
              </>
            ) : null}
          </>
        ) : (
          none
        )}
      </Row>
      {s ? (
        <Row label={t('contacts.situation')}>
          <ul className="card-list">
            {s.housing ? <li>{`${t('contacts.housingLabel')}: ${t(`contacts.housing.${s.housing}`)}`}</li> : null}
            {s.income.length > 0 ? (
              <li>{`${t('contacts.incomeLabel')}: ${list(s.income.map((i) => t(`contacts.income.${i}`)))}`}</li>
            ) : null}
            {s.documents ? (
              <li>{`${t('contacts.documentsLabel')}: ${t(`contacts.documents.${s.documents}`)}`}</li>
            ) : null}
            {s.health ? <li>{`${t('contacts.health')}: ${s.health}`}</li> : null}
            {s.needs ? <li>{`${t('contacts.needs')}: ${s.needs}`}</li> : null}
            {s.institutions ? <li>{`${t('contacts.institutions')}: ${s.institutions}`}</li> : null}
          </ul>
        </Row>
      ) : null}
      {contact.kind === 'repeat' || contact.changes ? (
        <Row label={t('contacts.changes')}>{contact.changes ?? none}</Row>
      ) : null}
      <Row label={t('contacts.notes')}>{contact.notes ?? none}</Row>
    </dl>
  );
}

function CorrectionForm({
  contact,
  onSaved,
  onCancel,
}: {
  contact: Contact;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const topics = useCatalogueNames('topic');
  const update = useUpdateContact();
  const form = useSchemaForm(updateContactBody, update.error);
  const [draft, setDraft] = useState(() => correctionDraft(contact));
  const set = <K extends keyof typeof draft>(field: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = correctionBody(contact, draft);
    if (!form.check(body)) return;
    if (Object.keys(body).length === 0) return onCancel();
    update.mutate({ id: contact.id, body }, { onSuccess: onSaved });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={update.error} fieldNames={fieldNames} />
      <NumberField
        name="durationMinutes"
        label={t('contacts.durationMinutes')}
        minValue={0}
        maxValue={limits.contactMinutesMax}
        step={1}
        value={draft.durationMinutes}
        onChange={(v) => set('durationMinutes', v)}
      />
      <ChipGroup
        name="topicIds"
        label={t('contacts.topics')}
        options={topics.choices.map((item) => ({ id: item.id, label: catalogueLabel(item, i18n.language) }))}
        value={draft.topicIds}
        onChange={(ids) => set('topicIds', ids)}
      />
      {contact.kind === 'repeat' ? <ChangesField value={draft.changes} onChange={(v) => set('changes', v)} /> : null}
      <NotesField value={draft.notes} onChange={(v) => set('notes', v)} />
      <FollowUpFields
        what={draft.followUpWhat}
        dueOn={draft.followUpDueOn}
        onWhat={(v) => set('followUpWhat', v)}
        onDueOn={(v) => set('followUpDueOn', v)}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('contacts.saveCorrection')}
        </Button>
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

/** Ticks the card's follow-up off (or opens it again): allowed whatever the shift's status. */
function FollowUpToggle({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const update = useUpdateContact();
  const done = Boolean(contact.followUp?.doneAt);
  return (
    <div className="stack">
      <FormError error={update.error} />
      <div className="btn-row">
        <Button
          isPending={update.isPending}
          onPress={() => update.mutate({ id: contact.id, body: { followUpDone: !done } })}
        >
          {done ? t('contacts.followUpReopen') : t('contacts.followUpMarkDone')}
        </Button>
      </div>
    </div>
  );
}

/** Whether a card's shift still takes corrections; a card without a shift always does. */
function useCardEditable(contact: Contact, known: boolean | undefined): boolean {
  const shift = useShift(contact.shiftId ?? '', known === undefined && contact.shiftId !== null);
  if (known !== undefined) return known;
  if (contact.shiftId === null) return true;
  return shift.data ? isEditable(shift.data) : false;
}

function LoadedCard({
  contact,
  pseudonym,
  editable: known,
  onClose,
}: {
  contact: Contact;
  pseudonym: string | null;
  editable: boolean | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const editable = useCardEditable(contact, known);
  const [correcting, setCorrecting] = useState(false);
  const [referring, setReferring] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const canUpdate = can(me.roles, 'contacts.update');
  const canRefer = contact.clientId !== null && can(me.roles, 'referrals.create');
  if (referring && contact.clientId)
    return (
      <ReferralForm
        clientId={contact.clientId}
        origin={{ source: 'contact', sourceId: contact.id }}
        onDone={() => {
          setReferring(false);
          setSaved(t('referrals.sent'));
        }}
      />
    );
  if (correcting)
    return (
      <CorrectionForm
        contact={contact}
        onCancel={() => setCorrecting(false)}
        onSaved={() => {
          setCorrecting(false);
          setSaved(t('common.saved'));
        }}
      />
    );
  return (
    <div className="stack">
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <ContactFacts contact={contact} pseudonym={pseudonym} />
      {canUpdate && contact.followUp ? <FollowUpToggle contact={contact} /> : null}
      {canUpdate && !editable ? <p className="muted">{t('contacts.cardClosed')}</p> : null}
      <div className="btn-row">
        {canUpdate && editable ? (
          <Button
            variant="primary"
            onPress={() => {
              setSaved(null);
              setCorrecting(true);
            }}
          >
            {t('contacts.correct')}
          </Button>
        ) : null}
        {canRefer ? (
          <Button
            onPress={() => {
              setSaved(null);
              setReferring(true);
            }}
          >
            {t('referrals.refer')}
          </Button>
        ) : null}
        <Button onPress={onClose}>{t('common.close')}</Button>
      </div>
    </div>
  );
}

/**
 * One recorded card, opened from a list (an audited read of the person): read
 * it, and correct it while its shift is still editable. A list that knows the
 * shift says whether it is; otherwise the card asks for its shift.
 */
export function ContactCard({
  contactId,
  pseudonym,
  editable,
  onClose,
}: {
  contactId: string;
  pseudonym: string | null;
  /** Whether the card's shift still takes corrections (planned, under way, returned), when the caller knows. */
  editable?: boolean;
  onClose: () => void;
}) {
  const contact = useContact(contactId);
  return (
    <QueryState query={contact}>
      {(c) => <LoadedCard contact={c} pseudonym={pseudonym} editable={editable} onClose={onClose} />}
    </QueryState>
  );
}
