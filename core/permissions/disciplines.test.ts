import { describe, expect, it } from 'vitest';
import { canSeeTestResults, canUseDisciplineNotes } from './disciplines';

describe('discipline rules', () => {
  it('lets only counsellors of the discipline use its notes', () => {
    expect(canUseDisciplineNotes({ roles: ['counsellor'], disciplines: ['psychological'] }, 'psychological')).toBe(
      true,
    );
    expect(canUseDisciplineNotes({ roles: ['counsellor'], disciplines: ['medical'] }, 'psychological')).toBe(false);
    // A coordinator or admin with the discipline on their profile but without the counsellor role: no.
    expect(
      canUseDisciplineNotes({ roles: ['coordinator', 'admin'], disciplines: ['psychological'] }, 'psychological'),
    ).toBe(false);
  });

  it('shows test results to medical counsellors only', () => {
    expect(canSeeTestResults({ roles: ['counsellor'], disciplines: ['medical'] })).toBe(true);
    expect(canSeeTestResults({ roles: ['counsellor'], disciplines: ['social', 'addiction'] })).toBe(false);
    expect(canSeeTestResults({ roles: ['coordinator'], disciplines: ['medical'] })).toBe(false);
  });
});
