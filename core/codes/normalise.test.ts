import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCodePart, normaliseNameLetters } from './normalise';

describe('normaliseCodePart', () => {
  it('upper-cases and strips diacritics', () => {
    expect(normaliseCodePart('Tomáš')).toBe('TOMAS');
    expect(normaliseCodePart('Čeněk')).toBe('CENEK');
    expect(normaliseCodePart('Žofie')).toBe('ZOFIE');
    expect(normaliseCodePart('Łukasz')).toBe('LUKASZ');
    expect(normaliseCodePart('Đorđe')).toBe('DORDE');
    expect(normaliseCodePart('Søren')).toBe('SOREN');
    expect(normaliseCodePart('Weiß')).toBe('WEISS');
    expect(normaliseCodePart('Ærø')).toBe('AERO');
    expect(normaliseCodePart('Þóra')).toBe('THORA');
  });

  it('handles decomposed input the same as composed', () => {
    expect(normaliseCodePart('Tom\u0061\u0301s\u030C')).toBe('TOMAS');
  });

  it('drops spaces, hyphens, apostrophes, dots and other symbols', () => {
    expect(normaliseCodePart('Anna-Maria')).toBe('ANNAMARIA');
    expect(normaliseCodePart("O'Brien")).toBe('OBRIEN');
    expect(normaliseCodePart(' J. R. ')).toBe('JR');
    expect(normaliseCodePart('Jan 07!')).toBe('JAN07');
  });

  it('folds full-width characters', () => {
    expect(normaliseCodePart('ＡＮＮＡ')).toBe('ANNA');
  });

  it('transliterates Ukrainian Cyrillic with the national table', () => {
    expect(normaliseCodePart('Олена')).toBe('OLENA');
    expect(normaliseCodePart('Юлія')).toBe('YULIIA');
    expect(normaliseCodePart('Євген')).toBe('YEVHEN');
    expect(normaliseCodePart('Щербина')).toBe('SHCHERBYNA');
    expect(normaliseCodePart('Згорани')).toBe('ZGHORANY');
    expect(normaliseCodePart("Мар'яна")).toBe('MARIANA');
    expect(normaliseCodePart('Андрій')).toBe('ANDRII');
    expect(normaliseCodePart('Ґанна-Їржі')).toBe('GANNAYIRZHI');
  });

  it('treats a decomposed Й like the composed letter', () => {
    expect(normaliseCodePart('Андрі\u0438\u0306')).toBe('ANDRII');
  });

  it('drops scripts it cannot transliterate', () => {
    expect(normaliseCodePart('Αλέξης')).toBe('');
  });

  it('is idempotent and outputs only A–Z and 0–9 (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom(..."aáČłŁßæÆøЙйЇїєЮяЗгґ\u0301 -'.0ＡﬁΩ".split('')),
      }),
    );
    fc.assert(
      fc.property(text, (input) => {
        const once = normaliseCodePart(input);
        expect(once).toMatch(/^[A-Z0-9]*$/);
        expect(normaliseCodePart(once)).toBe(once);
      }),
    );
  });
});

describe('normaliseNameLetters', () => {
  it('keeps letters only', () => {
    expect(normaliseNameLetters('Jan2 Novák')).toBe('JANNOVAK');
  });
});
