import { z } from 'zod';
import { limits } from '../limits';
import { disciplines, roles } from '../roles';
import { email } from './auth';
import { id, locale, pageQuery } from './common';

export const userStatuses = ['active', 'disabled'] as const;

export const user = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  disciplines: z.array(z.enum(disciplines)),
  locale,
  status: z.enum(userStatuses),
  twoFactorEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  teamIds: z.array(id),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof user>;

const roleList = z.array(z.enum(roles)).min(1).max(roles.length);
const disciplineList = z.array(z.enum(disciplines)).max(disciplines.length);

export const createUserBody = z.strictObject({
  email,
  displayName: z.string().trim().min(1).max(limits.nameMax),
  roles: roleList,
  disciplines: disciplineList.default([]),
  locale: locale.optional(),
  teamIds: z.array(id).max(50).default([]),
});

export const updateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(limits.nameMax).optional(),
  roles: roleList.optional(),
  disciplines: disciplineList.optional(),
  locale: locale.optional(),
  status: z.enum(userStatuses).optional(),
  teamIds: z.array(id).max(50).optional(),
});

export const listUsersQuery = pageQuery.extend({
  q: z.string().trim().max(limits.shortTextMax).optional(),
  role: z.enum(roles).optional(),
  status: z.enum(userStatuses).optional(),
});

/** Returned once, when an admin creates a user or resets a password. */
export const oneTimePasswordResponse = z.object({ user, oneTimePassword: z.string() });

/** A colleague as pickers show them (assigned worker, team members): id and name only. */
export const directoryUser = z.object({ id, displayName: z.string() });
/** A counsellor as the appointment form offers them: name and disciplines. */
export const directoryCounsellor = directoryUser.extend({ disciplines: z.array(z.enum(disciplines)) });
