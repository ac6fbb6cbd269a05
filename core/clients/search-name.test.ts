import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchName } from './search-name';

describe('searchName', () => {
  it('folds case, diacritics and Polish, Czech and German letters', () => {
    expect(searchName('Łukasz')).toBe('lukasz');
    expect(searchName('Řehoř Žluťoučký')).toBe('rehor zlutoucky');
    expect(searchName('Straße')).toBe('strasse');
  });
  it('transliterates Cyrillic so a Ukrainian spelling meets the Latin one', () => {
    expect(searchName('Олена')).toBe(searchName('Olena'));
  });
  it('collapses punctuation and spaces', () => {
    expect(searchName('  Kasia -- z  Dworca! ')).toBe('kasia z dworca');
  });
  it('is idempotent and yields only a–z, 0–9 and single spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const once = searchName(s);
        expect(searchName(once)).toBe(once);
        expect(once).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });
});
