import { describe, expect, it } from 'vitest';
import { disciplines } from '../roles';
import { catalogueKey, catalogueKinds, materialUnits } from '../schemas/catalogues';
import { defaultCatalogue } from './defaults';

const languages = ['pl', 'cs', 'en', 'uk'] as const;

describe('defaultCatalogue', () => {
  it('uses keys in the catalogue key format', () => {
    for (const item of defaultCatalogue) {
      expect(catalogueKey.safeParse(item.key).success, `${item.kind}/${item.key}`).toBe(true);
      expect(catalogueKey.parse(item.key)).toBe(item.key);
    }
  });

  it('has unique keys within each kind', () => {
    for (const kind of catalogueKinds) {
      const keys = defaultCatalogue.filter((i) => i.kind === kind).map((i) => i.key);
      expect(new Set(keys).size, kind).toBe(keys.length);
    }
  });

  it('labels every item in all four languages, never with the bare key', () => {
    for (const item of defaultCatalogue) {
      for (const lang of languages) {
        const label = item.labels[lang];
        expect(label.trim().length, `${item.kind}/${item.key}/${lang}`).toBeGreaterThan(0);
        expect(label, `${item.kind}/${item.key}/${lang}`).toBe(label.trim());
        expect(label, `${item.kind}/${item.key}/${lang}`).not.toBe(item.key);
        expect(label.length).toBeLessThanOrEqual(200);
      }
    }
  });

  it('gives a valid unit to every material and to nothing else', () => {
    for (const item of defaultCatalogue) {
      if (item.kind === 'material') {
        expect(item.unit, item.key).not.toBeNull();
        expect(materialUnits as readonly string[]).toContain(item.unit);
      } else {
        expect(item.unit, `${item.kind}/${item.key}`).toBeNull();
      }
    }
  });

  it('covers every catalogue kind', () => {
    for (const kind of catalogueKinds) {
      expect(
        defaultCatalogue.some((i) => i.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(new Set(defaultCatalogue.map((i) => i.kind))).toEqual(new Set(catalogueKinds));
  });

  it('orders items within a kind in steps of 10', () => {
    for (const kind of catalogueKinds) {
      const orders = defaultCatalogue.filter((i) => i.kind === kind).map((i) => i.sortOrder);
      expect(orders, kind).toEqual(orders.map((_, i) => (i + 1) * 10));
    }
  });

  it('has exactly the access-control disciplines as discipline keys', () => {
    const keys = defaultCatalogue.filter((i) => i.kind === 'discipline').map((i) => i.key);
    expect([...keys].sort()).toEqual([...disciplines].sort());
  });

  it('includes the materials and services the domain names', () => {
    const has = (kind: string, key: string) => defaultCatalogue.some((i) => i.kind === kind && i.key === key);
    for (const key of [
      'condom',
      'lubricant',
      'syringe',
      'needle',
      'naloxone_kit',
      'foil',
      'leaflet',
      'food',
      'hygiene_kit',
      'clothes',
    ]) {
      expect(has('material', key), key).toBe(true);
    }
    for (const key of [
      'information',
      'counselling',
      'crisis_intervention',
      'first_aid',
      'accompaniment',
      'material_aid',
      'shower',
      'laundry',
      'meal',
      'day_stay',
      'warming_place',
      'night_bed',
    ]) {
      expect(has('service', key), key).toBe(true);
    }
    for (const key of ['hiv', 'hcv', 'hbv', 'syphilis']) {
      expect(has('test_type', key), key).toBe(true);
    }
  });

  it('avoids stigmatising words', () => {
    const banned =
      /(?<!\p{L})(addicts?(?!\p{L})|junkie|prostit|prostytu|narkoman|uzależnion|feťák|toxikoman|bezdomovec|bomž|наркоман|повія)/iu;
    for (const item of defaultCatalogue) {
      for (const lang of languages) {
        expect(item.labels[lang], `${item.kind}/${item.key}/${lang}`).not.toMatch(banned);
      }
    }
  });
});
