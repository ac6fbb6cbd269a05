import { describe, expect, it } from 'vitest';
import { nulPath } from './no-nul';

describe('nulPath', () => {
  it('names the first field holding a NUL character, however deep', () => {
    expect(nulPath({ name: 'a\u0000b' })).toBe('name');
    expect(nulPath({ items: [{ note: 'ok' }, { note: '\u0000' }] })).toBe('items.1.note');
    expect(nulPath('\u0000')).toBe('body');
  });
  it('passes everything else', () => {
    expect(nulPath({ name: 'Łukasz', n: 3, list: ['a'], none: null })).toBeNull();
    expect(nulPath(undefined)).toBeNull();
  });
});
