import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, patchShape, shortText } from './common';

/** Kinds of sites an organisation runs (domain.md, "Organisation setup"). */
export const siteTypes = [
  'drop_in_centre',
  'day_centre',
  'warming_shelter',
  'sanitary_point',
  'night_shelter',
  'hostel',
  're_adaptation_flat',
  'office',
] as const;

const capacity = z.number().int().min(0).max(10_000).nullable();

export const site = z.object({
  id,
  name: z.string(),
  type: z.enum(siteTypes),
  capacityPlaces: z.number().int().nullable(),
  capacityBeds: z.number().int().nullable(),
  address: z.string().nullable(),
  openingHours: z.string().nullable(),
  active: z.boolean(),
});
export const createSiteBody = z.strictObject({
  name: shortText(),
  type: z.enum(siteTypes),
  capacityPlaces: capacity.default(null),
  capacityBeds: capacity.default(null),
  address: optionalText(limits.shortTextMax),
  openingHours: optionalText(limits.shortTextMax),
});
export const updateSiteBody = z.strictObject({ ...patchShape(createSiteBody.shape), active: z.boolean().optional() });

export const team = z.object({ id, name: z.string(), active: z.boolean(), memberIds: z.array(id) });
export const createTeamBody = z.strictObject({ name: shortText(), memberIds: z.array(id).max(200).default([]) });
export const updateTeamBody = z.strictObject({
  name: shortText().optional(),
  memberIds: z.array(id).max(200).optional(),
  active: z.boolean().optional(),
});

/** Kinds of outreach spots. */
export const spotKinds = ['street', 'club', 'agency', 'squat', 'station', 'park', 'online', 'other'] as const;

const latitude = z.number().min(-90).max(90).nullable();
const longitude = z.number().min(-180).max(180).nullable();

export const spot = z.object({
  id,
  areaId: id,
  name: z.string(),
  kind: z.enum(spotKinds),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  active: z.boolean(),
});
export const area = z.object({
  id,
  name: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
  spots: z.array(spot),
});
export const createAreaBody = z.strictObject({ name: shortText(), description: optionalText(2000) });
export const updateAreaBody = z.strictObject({
  name: shortText().optional(),
  description: optionalText(2000),
  active: z.boolean().optional(),
});
export const createSpotBody = z.strictObject({
  name: shortText(),
  kind: z.enum(spotKinds),
  latitude: latitude.default(null),
  longitude: longitude.default(null),
});
export const updateSpotBody = z.strictObject({
  name: shortText().optional(),
  kind: z.enum(spotKinds).optional(),
  latitude: latitude.optional(),
  longitude: longitude.optional(),
  active: z.boolean().optional(),
});
export const areaSpotParams = z.strictObject({ areaId: id });
