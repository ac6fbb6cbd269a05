import { describe, expect, it } from 'vitest';
import type { Shift } from '../../api/shifts';
import { defaultTimes } from './PlanShiftForm';
import { mayRecordOn } from './ShiftBits';

const me = '01960000-0000-7000-8000-000000000001';
const other = '01960000-0000-7000-8000-000000000002';
const shift = (patch: Partial<Shift>): Shift => ({
  id: '01960000-0000-7000-8000-0000000000ff',
  teamId: '01960000-0000-7000-8000-0000000000ee',
  date: '2026-06-01',
  plannedStart: '18:00',
  plannedEnd: '22:00',
  actualStart: null,
  actualEnd: null,
  channel: 'street',
  areaId: null,
  spotIds: [],
  memberIds: [me],
  status: 'open',
  narrative: null,
  incidentCount: 0,
  reviewComment: null,
  submittedAt: null,
  reviewedAt: null,
  reviewedBy: null,
  createdBy: me,
  ...patch,
});

describe('planning a shift', () => {
  it('starts at the next full hour for four hours, past midnight for a night shift', () => {
    expect(defaultTimes(new Date(2026, 5, 1, 16, 40))).toEqual({ start: '17:00', end: '21:00' });
    expect(defaultTimes(new Date(2026, 5, 1, 22, 5))).toEqual({ start: '23:00', end: '03:00' });
  });
});

describe('who may record contacts on a shift', () => {
  it('is its members while it is planned, under way or returned', () => {
    for (const status of ['planned', 'open', 'returned'] as const)
      expect(mayRecordOn(shift({ status }), { id: me, roles: ['peer'] })).toBe(true);
    for (const status of ['submitted', 'approved'] as const)
      expect(mayRecordOn(shift({ status }), { id: me, roles: ['outreach'] })).toBe(false);
  });

  it('is also anyone who sees every record, but not a team colleague who is not on it', () => {
    expect(mayRecordOn(shift({ memberIds: [other] }), { id: me, roles: ['coordinator'] })).toBe(true);
    expect(mayRecordOn(shift({ memberIds: [other] }), { id: me, roles: ['outreach'] })).toBe(false);
  });
});
