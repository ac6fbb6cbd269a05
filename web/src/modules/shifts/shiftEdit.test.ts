import { describe, expect, it } from 'vitest';
import { updateShiftBody } from '#core/schemas/shifts';
import type { Shift } from '../../api/shifts';
import { fromLocalInput, shiftEditBody, shiftEditDraft, toLocalInput } from './shiftEdit';

const id = (n: number) => `01960000-0000-7000-8000-0000000005${String(n).padStart(2, '0')}`;
const shift: Shift = {
  id: id(1),
  teamId: id(2),
  date: '2026-06-01',
  plannedStart: '18:00',
  plannedEnd: '22:00',
  actualStart: '2026-06-01T16:07:41.512Z',
  actualEnd: null,
  channel: 'street',
  areaId: id(3),
  spotIds: [id(4), id(5)],
  memberIds: [id(6)],
  status: 'open',
  narrative: null,
  incidentCount: 0,
  reviewComment: null,
  submittedAt: null,
  reviewedAt: null,
  reviewedBy: null,
  createdBy: id(6),
};

describe('local date-time inputs', () => {
  it('round-trip an instant to the minute in this device’s time zone; empty is none', () => {
    const local = toLocalInput(shift.actualStart);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(new Date(fromLocalInput(local) ?? '').getTime()).toBe(new Date('2026-06-01T16:07:00.000Z').getTime());
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a time')).toBe('not a time');
  });
});

describe('shiftEditBody', () => {
  it('sends nothing when nothing changed (the seconds of the actual start are kept)', () => {
    const draft = shiftEditDraft(shift);
    expect(shiftEditBody(shift, { ...draft, spotIds: [id(5), id(4)] })).toEqual({});
  });

  it('sends changed times, an actual end entered, and a cleared actual start as null', () => {
    const draft = shiftEditDraft(shift);
    const end = toLocalInput('2026-06-01T21:45:00.000Z');
    const body = shiftEditBody(shift, { ...draft, plannedStart: '17:30', plannedEnd: '23:00', actualEnd: end });
    expect(body).toEqual({ plannedStart: '17:30', plannedEnd: '23:00', actualEnd: '2026-06-01T21:45:00.000Z' });
    expect(updateShiftBody.safeParse(body).success).toBe(true);
    expect(shiftEditBody(shift, { ...draft, actualStart: '' })).toEqual({ actualStart: null });
  });

  it('sends the spots with a changed area, and changed members', () => {
    const draft = shiftEditDraft(shift);
    expect(shiftEditBody(shift, { ...draft, areaId: null, spotIds: [] })).toEqual({ areaId: null, spotIds: [] });
    expect(shiftEditBody(shift, { ...draft, spotIds: [id(4)] })).toEqual({ spotIds: [id(4)] });
    expect(shiftEditBody(shift, { ...draft, memberIds: [id(6), id(7)] })).toEqual({ memberIds: [id(6), id(7)] });
  });

  it('lets the schema refuse an actual end before the start, next to the end', () => {
    const draft = shiftEditDraft({ ...shift, actualStart: null });
    const body = shiftEditBody(
      { ...shift, actualStart: null },
      {
        ...draft,
        actualStart: toLocalInput('2026-06-01T20:00:00.000Z'),
        actualEnd: toLocalInput('2026-06-01T19:00:00.000Z'),
      },
    );
    expect(updateShiftBody.safeParse(body).error?.issues.map((i) => i.path.join('.'))).toEqual(['actualEnd']);
  });
});
