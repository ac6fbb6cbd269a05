import { describe, expect, it } from 'vitest';
import { type IndexedClient, searchIndex, similarity } from './clientIndex';

const person = (pseudonym: string, status: IndexedClient['status'] = 'active'): IndexedClient => ({
  id: pseudonym,
  pseudonym,
  targetGroupIds: [],
  status,
  lastActivityOn: null,
});

describe('offline client search', () => {
  const index = [person('Łukasz'), person('Marta K'), person('Martyna'), person('Kasia', 'closed'), person('Лукаш Б')];

  it('finds by beginning, by part and by a misspelling, closest first', () => {
    expect(searchIndex(index, 'mart').map((c) => c.pseudonym)).toEqual(['Marta K', 'Martyna']);
    expect(searchIndex(index, 'lukasz').map((c) => c.pseudonym)).toContain('Łukasz');
    expect(searchIndex(index, 'lukas').map((c) => c.pseudonym)).toEqual(['Łukasz', 'Лукаш Б']);
    expect(searchIndex(index, 'martna').map((c) => c.pseudonym)).toContain('Martyna');
  });

  it('leaves closed people out unless asked, and answers nothing for nothing typed', () => {
    expect(searchIndex(index, 'kasia')).toEqual([]);
    expect(searchIndex(index, 'kasia', true).map((c) => c.pseudonym)).toEqual(['Kasia']);
    expect(searchIndex(index, '  ')).toEqual([]);
  });

  it('computes similarity as pg_trgm does', () => {
    expect(similarity('word', 'word')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('martyna', 'martna')).toBeGreaterThan(0.3);
  });
});
