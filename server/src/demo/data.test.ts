import { describe, expect, it } from 'vitest';
import { disciplines, roles } from '#core/roles';
import { createSiteBody, createSpotBody, siteTypes, spotKinds } from '#core/schemas/places';
import { demoOrganisations } from './data';

/** The demo users named by role (engineering.md), with the role and disciplines each must have. */
const expectedUsers: Record<string, { role: string; disciplines: string[] }> = {
  admin: { role: 'admin', disciplines: [] },
  coordinator: { role: 'coordinator', disciplines: [] },
  outreach: { role: 'outreach', disciplines: [] },
  peer: { role: 'peer', disciplines: [] },
  'counsellor.psych': { role: 'counsellor', disciplines: ['psychological'] },
  'counsellor.medical': { role: 'counsellor', disciplines: ['medical'] },
  'counsellor.legal': { role: 'counsellor', disciplines: ['legal'] },
  reception: { role: 'reception', disciplines: [] },
  volunteer: { role: 'volunteer', disciplines: [] },
  viewer: { role: 'viewer', disciplines: [] },
};

describe('demoOrganisations', () => {
  it('has the two demo organisations with distinct slugs and the agreed e-mail domains', () => {
    expect(demoOrganisations.map((o) => o.emailDomain)).toEqual(['demo.kontakt.test', 'demo2.kontakt.test']);
    expect(new Set(demoOrganisations.map((o) => o.slug)).size).toBe(demoOrganisations.length);
    expect(demoOrganisations.map((o) => o.defaultLocale)).toEqual(['pl', 'cs']);
  });

  describe.each(demoOrganisations.map((o) => [o.slug, o] as const))('%s', (_slug, org) => {
    it('has a valid time zone', () => {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: org.timeZone })).not.toThrow();
    });

    it('has exactly one user per expected e-mail local part', () => {
      const locals = org.users.map((u) => u.emailLocal);
      expect([...locals].sort()).toEqual(Object.keys(expectedUsers).sort());
      expect(new Set(locals).size).toBe(locals.length);
    });

    it('gives each user a valid role and the disciplines its name promises', () => {
      for (const user of org.users) {
        expect(roles as readonly string[]).toContain(user.role);
        for (const d of user.disciplines) expect(disciplines as readonly string[]).toContain(d);
        expect({ role: user.role, disciplines: user.disciplines }, user.emailLocal).toEqual(
          expectedUsers[user.emailLocal],
        );
        expect(user.displayName.trim().length).toBeGreaterThan(0);
        expect(['pl', 'cs', 'en', 'uk']).toContain(user.locale);
      }
    });

    it('covers every role', () => {
      expect(new Set(org.users.map((u) => u.role))).toEqual(new Set(roles));
    });

    it('refers only to teams that exist', () => {
      expect(new Set(org.teams).size).toBe(org.teams.length);
      for (const user of org.users) {
        if (user.team !== undefined) expect(org.teams, user.emailLocal).toContain(user.team);
      }
    });

    it('has sites of known types that pass the create schema', () => {
      expect(org.sites.length).toBeGreaterThan(0);
      for (const site of org.sites) {
        expect(siteTypes as readonly string[]).toContain(site.type);
        expect(createSiteBody.safeParse(site).success, site.name).toBe(true);
      }
      expect(new Set(org.sites.map((s) => s.name)).size).toBe(org.sites.length);
    });

    it('has spots of known kinds with coordinates in range', () => {
      expect(new Set(org.areas.map((a) => a.name)).size).toBe(org.areas.length);
      for (const area of org.areas) {
        expect(area.spots.length, area.name).toBeGreaterThan(0);
        for (const spot of area.spots) {
          expect(spotKinds as readonly string[]).toContain(spot.kind);
          expect(createSpotBody.safeParse(spot).success, spot.name).toBe(true);
          // Both coordinates or neither.
          expect(spot.latitude === null, spot.name).toBe(spot.longitude === null);
          if (spot.latitude !== null && spot.longitude !== null) {
            expect(spot.latitude).toBeGreaterThanOrEqual(-90);
            expect(spot.latitude).toBeLessThanOrEqual(90);
            expect(spot.longitude).toBeGreaterThanOrEqual(-180);
            expect(spot.longitude).toBeLessThanOrEqual(180);
          }
        }
      }
    });
  });

  it('places spots in the organisation’s city', () => {
    const boxes: Record<string, { lat: [number, number]; lon: [number, number] }> = {
      'Europe/Warsaw': { lat: [52.09, 52.37], lon: [20.85, 21.27] },
      'Europe/Prague': { lat: [49.94, 50.18], lon: [14.22, 14.71] },
    };
    for (const org of demoOrganisations) {
      const box = boxes[org.timeZone];
      expect(box, org.slug).toBeDefined();
      if (!box) continue;
      for (const spot of org.areas.flatMap((a) => a.spots)) {
        if (spot.latitude === null || spot.longitude === null) continue;
        expect(spot.latitude, spot.name).toBeGreaterThan(box.lat[0]);
        expect(spot.latitude, spot.name).toBeLessThan(box.lat[1]);
        expect(spot.longitude, spot.name).toBeGreaterThan(box.lon[0]);
        expect(spot.longitude, spot.name).toBeLessThan(box.lon[1]);
      }
    }
  });
});
