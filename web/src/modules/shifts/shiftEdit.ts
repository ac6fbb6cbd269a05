import type { Shift, UpdateShiftBody } from '../../api/shifts';

/** What the shift's edit form holds; actual times as `datetime-local` values ('' = not set). */
export interface ShiftEditDraft {
  date: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  channel: Shift['channel'];
  areaId: string | null;
  spotIds: string[];
  memberIds: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a `datetime-local` input, in this device's time zone ('' for none). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A `datetime-local` value as an instant (ISO with offset) for the API; null
 * when empty. A value the browser could not make sense of is passed on as it
 * is, so the schema names it next to its field.
 */
export function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

export function shiftEditDraft(shift: Shift): ShiftEditDraft {
  return {
    date: shift.date,
    plannedStart: shift.plannedStart,
    plannedEnd: shift.plannedEnd,
    actualStart: toLocalInput(shift.actualStart),
    actualEnd: toLocalInput(shift.actualEnd),
    channel: shift.channel,
    areaId: shift.areaId,
    spotIds: shift.spotIds,
    memberIds: shift.memberIds,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;
/** Two instants the same to the minute (the form shows minutes; the server keeps seconds). */
const sameMinute = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && toLocalInput(a) !== '' && toLocalInput(a) === toLocalInput(b));

/**
 * The PATCH body: only what changed. Spots go with a changed area (the server
 * checks them against it), and an actual time left as it was is not sent, so
 * its seconds are kept.
 */
export function shiftEditBody(shift: Shift, draft: ShiftEditDraft): UpdateShiftBody {
  const body: UpdateShiftBody = {};
  if (draft.date !== shift.date) body.date = draft.date;
  if (draft.plannedStart !== shift.plannedStart) body.plannedStart = draft.plannedStart;
  if (draft.plannedEnd !== shift.plannedEnd) body.plannedEnd = draft.plannedEnd;
  const actualStart = fromLocalInput(draft.actualStart);
  const actualEnd = fromLocalInput(draft.actualEnd);
  if (!sameMinute(actualStart, shift.actualStart)) body.actualStart = actualStart;
  if (!sameMinute(actualEnd, shift.actualEnd)) body.actualEnd = actualEnd;
  if (draft.channel !== shift.channel) body.channel = draft.channel;
  if (draft.areaId !== shift.areaId) body.areaId = draft.areaId;
  if (draft.areaId !== shift.areaId || !sameSet(draft.spotIds, shift.spotIds)) body.spotIds = draft.spotIds;
  if (!sameSet(draft.memberIds, shift.memberIds)) body.memberIds = draft.memberIds;
  return body;
}
