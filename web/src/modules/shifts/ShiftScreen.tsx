import { useParams, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { contactKinds } from '#core/schemas/contacts';
import { returnShiftBody } from '#core/schemas/shifts';
import { useMe } from '../../api/session';
import { type Shift, type ShiftStep, useShift, useShiftStep } from '../../api/shifts';
import { Alert } from '../../ui/Alert';
import { Button, LinkButton, TextLink } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { EditShiftForm } from './EditShiftForm';
import { NarrativeSection } from './NarrativeSection';
import { isEditable, mayRecordOn, ShiftFacts } from './ShiftBits';
import { ShiftContacts } from './ShiftContacts';
import '../clients/clients.css';
import './shifts.css';
import { PendingOnShift } from '../field/PendingOnShift';

function ReturnForm({ shiftId, onDone }: { shiftId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const step = useShiftStep(shiftId);
  const form = useSchemaForm(returnShiftBody, step.error);
  const [comment, setComment] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check({ comment })) return;
    step.mutate({ step: 'return', comment }, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={step.error} fieldNames={['comment']} />
      <p>{t('shifts.returnIntro')}</p>
      <TextField
        name="comment"
        label={t('shifts.returnComment')}
        description={t('shifts.returnCommentHint')}
        multiline
        isRequired
        maxLength={limits.longTextMax}
        value={comment}
        onChange={setComment}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={step.isPending}>
          {t('shifts.return')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

function SubmitConfirm({ shiftId, onDone }: { shiftId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const step = useShiftStep(shiftId);
  return (
    <div className="stack">
      <FormError error={step.error} />
      <p>{t('shifts.submitConfirm')}</p>
      <div className="btn-row">
        <Button
          variant="primary"
          isPending={step.isPending}
          onPress={() => step.mutate({ step: 'submit' }, { onSuccess: onDone })}
        >
          {t('shifts.submit')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </div>
  );
}

/** The buttons of the status flow that this user may press now. */
function ShiftActions({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const me = useMe();
  const step = useShiftStep(shift.id);
  const [dialog, setDialog] = useState<'return' | 'submit' | null>(null);
  const canManage = can(me.roles, 'shifts.manage');
  const canReview = can(me.roles, 'shifts.review');
  const canRecord = can(me.roles, 'contacts.create') && mayRecordOn(shift, me);
  const press = (name: ShiftStep) => step.mutate({ step: name });

  return (
    <section className="panel stack" aria-labelledby="shift-actions-title">
      <h2 id="shift-actions-title">{t('shifts.actions')}</h2>
      <FormError error={step.error} />
      <div className="btn-row shift-actions">
        {shift.status === 'planned' && canManage ? (
          <Button variant="primary" isPending={step.isPending} onPress={() => press('open')}>
            {t('shifts.start')}
          </Button>
        ) : null}
        {canRecord ? (
          <LinkButton
            variant={shift.status === 'planned' && canManage ? 'secondary' : 'primary'}
            className="btn-big"
            href={`/shifts/${shift.id}/contact`}
          >
            {t('contacts.record')}
          </LinkButton>
        ) : null}
        {(shift.status === 'open' || shift.status === 'returned') && canManage ? (
          <Button onPress={() => setDialog('submit')}>{t('shifts.submit')}</Button>
        ) : null}
        {shift.status === 'submitted' && canReview ? (
          <>
            <Button variant="primary" isPending={step.isPending} onPress={() => press('approve')}>
              {t('shifts.approve')}
            </Button>
            <Button onPress={() => setDialog('return')}>{t('shifts.returnWithComment')}</Button>
          </>
        ) : null}
        <LinkButton href={`/shifts/${shift.id}/report`}>{t('shifts.workReport')}</LinkButton>
      </div>
      {isEditable(shift) && can(me.roles, 'contacts.create') && !canRecord ? (
        <p className="muted">{t('shifts.membersRecord')}</p>
      ) : null}
      {shift.status === 'submitted' && !canReview ? <p className="muted">{t('shifts.waitingForReview')}</p> : null}
      <ModalDialog
        title={t('shifts.returnTitle')}
        isOpen={dialog === 'return'}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'return' ? <ReturnForm shiftId={shift.id} onDone={() => setDialog(null)} /> : null}
      </ModalDialog>
      <ModalDialog
        title={t('shifts.submitTitle')}
        role="alertdialog"
        isOpen={dialog === 'submit'}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'submit' ? <SubmitConfirm shiftId={shift.id} onDone={() => setDialog(null)} /> : null}
      </ModalDialog>
    </section>
  );
}

/** What the shift is, and — while it is planned, under way or returned — a dialog to change it. */
function ShiftDetails({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [changed, setChanged] = useState(false);
  const canEdit = isEditable(shift) && can(me.roles, 'shifts.manage');
  return (
    <section className="panel stack" aria-labelledby="shift-facts-title">
      <h2 id="shift-facts-title">{t('shifts.details')}</h2>
      {changed ? <Alert tone="success">{t('shifts.changesSaved')}</Alert> : null}
      <ShiftFacts shift={shift} />
      {canEdit ? (
        <div className="btn-row">
          <Button
            onPress={() => {
              setChanged(false);
              setEditing(true);
            }}
          >
            {t('shifts.edit')}
          </Button>
        </div>
      ) : null}
      <ModalDialog title={t('shifts.editTitle')} isOpen={editing} onOpenChange={setEditing}>
        {editing ? (
          <EditShiftForm
            shift={shift}
            onDone={(saved) => {
              setEditing(false);
              setChanged(saved);
            }}
          />
        ) : null}
      </ModalDialog>
    </section>
  );
}

function ShiftHub({ shift, saved }: { shift: Shift; saved: string | undefined }) {
  const { t } = useTranslation();
  const savedKind = contactKinds.find((k) => k === saved);
  return (
    <>
      {savedKind ? (
        <Alert tone="success">
          <p>
            <strong>{t('common.saved')}</strong> {t(`contacts.savedKinds.${savedKind}`)}
          </p>
        </Alert>
      ) : null}
      {shift.status === 'returned' && shift.reviewComment ? (
        <section className="returned-note" aria-labelledby="returned-title">
          <h2 id="returned-title">{t('shifts.returnedTitle')}</h2>
          <p className="returned-comment">{shift.reviewComment}</p>
          <p className="muted">{t('shifts.returnedHint')}</p>
        </section>
      ) : null}
      <ShiftActions shift={shift} />
      <PendingOnShift shiftId={shift.id} />
      <ShiftDetails shift={shift} />
      <ShiftContacts shift={shift} />
      <NarrativeSection shift={shift} />
    </>
  );
}

/** One shift: what it is, the buttons of its status flow, its contacts and its narrative. */
export function ShiftScreen() {
  const { t } = useTranslation();
  const { shiftId } = useParams({ from: '/app/shifts/$shiftId' });
  const { saved } = useSearch({ from: '/app/shifts/$shiftId' });
  const shift = useShift(shiftId);
  return (
    <div className="stack">
      <p>
        <TextLink href="/shifts">{t('shifts.backToList')}</TextLink>
      </p>
      <PageHeader title={t('shifts.shiftTitle')} />
      <QueryState query={shift}>{(s) => <ShiftHub key={s.id} shift={s} saved={saved} />}</QueryState>
    </div>
  );
}
