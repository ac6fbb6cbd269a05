import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { outreachScope } from '#core/permissions/scopes';
import type { Role } from '#core/roles';
import type { Shift } from '../../api/shifts';
import { formatDay } from '../clients/labels';
import { formatTime, useListFormat, usePlaceNames, useWorkerNames } from '../outreach/names';

/** Statuses in which a shift and its contacts can still change (as the server has them). */
export const editableStatuses: readonly Shift['status'][] = ['planned', 'open', 'returned'];
export const isEditable = (shift: Shift) => editableStatuses.includes(shift.status);

/**
 * Whether the user may record contacts on this shift: the server takes them
 * from the shift's members, and from anyone who sees every record.
 */
export function mayRecordOn(shift: Shift, me: { id: string; roles: readonly Role[] }): boolean {
  return isEditable(shift) && (shift.memberIds.includes(me.id) || outreachScope(me.roles) === 'all');
}

/** The status as text in a badge (never colour alone). */
export function ShiftStatusBadge({ status }: { status: Shift['status'] }) {
  const { t } = useTranslation();
  const tone =
    status === 'approved' ? 'badge-on' : status === 'returned' ? 'badge-warn' : status === 'open' ? 'badge-open' : '';
  return <span className={['badge', tone].filter(Boolean).join(' ')}>{t(`shifts.statuses.${status}`)}</span>;
}

/** "18:00–22:00": the planned times (HH:MM, as entered). */
export function plannedTimes(shift: Pick<Shift, 'plannedStart' | 'plannedEnd'>): string {
  return `${shift.plannedStart}–${shift.plannedEnd}`;
}

/** A one-line name for a shift that says nothing about the people met: date, time, channel, area. */
export function useShiftLine() {
  const { t, i18n } = useTranslation();
  const places = usePlaceNames();
  return (shift: Shift) =>
    [
      formatDay(shift.date, i18n.language),
      plannedTimes(shift),
      t(`shifts.channels.${shift.channel}`),
      places.area(shift.areaId),
    ]
      .filter(Boolean)
      .join(' · ');
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Everything a shift says about itself: when, where, who, and where it is in the flow. */
export function ShiftFacts({ shift }: { shift: Shift }) {
  const { t, i18n } = useTranslation();
  const places = usePlaceNames();
  const workers = useWorkerNames();
  const list = useListFormat();
  const actual =
    shift.actualStart || shift.actualEnd
      ? `${formatTime(shift.actualStart, i18n.language) || '…'}–${formatTime(shift.actualEnd, i18n.language) || '…'}`
      : t('shifts.notYet');
  return (
    <dl className="facts">
      <Row label={t('common.status')}>
        <ShiftStatusBadge status={shift.status} />
      </Row>
      <Row label={t('shifts.date')}>{formatDay(shift.date, i18n.language)}</Row>
      <Row label={t('shifts.plannedTime')}>{plannedTimes(shift)}</Row>
      <Row label={t('shifts.actualTime')}>{actual}</Row>
      {places.readable.teams ? <Row label={t('shifts.team')}>{places.team(shift.teamId)}</Row> : null}
      <Row label={t('shifts.channel')}>{t(`shifts.channels.${shift.channel}`)}</Row>
      {places.readable.areas ? (
        <Row label={t('shifts.area')}>{shift.areaId ? places.area(shift.areaId) : t('shifts.noArea')}</Row>
      ) : null}
      {shift.spotIds.length > 0 && places.readable.areas ? (
        <Row label={t('shifts.spots')}>{list(shift.spotIds.map((id) => places.spot(id)))}</Row>
      ) : null}
      <Row label={t('shifts.members')}>{list(shift.memberIds.map((id) => workers.name(id)))}</Row>
    </dl>
  );
}
