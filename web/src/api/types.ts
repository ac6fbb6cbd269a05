import type { z } from 'zod';
import type { auditEvent, auditVerifyResponse, listAuditQuery } from '#core/schemas/audit';
import type {
  changePasswordBody,
  me,
  recoveryCodesResponse,
  sessionList,
  sessionStateResponse,
  signInBody,
  twoFactorSetupResponse,
  updateMeBody,
} from '#core/schemas/auth';
import type { catalogueItem, createCatalogueItemBody, updateCatalogueItemBody } from '#core/schemas/catalogues';
import type { organisation, updateOrganisationBody } from '#core/schemas/organisation';
import type {
  area,
  createAreaBody,
  createSiteBody,
  createSpotBody,
  createTeamBody,
  site,
  spot,
  team,
  updateAreaBody,
  updateSiteBody,
  updateSpotBody,
  updateTeamBody,
} from '#core/schemas/places';
import type {
  createUserBody,
  listUsersQuery,
  oneTimePasswordResponse,
  updateUserBody,
  user,
} from '#core/schemas/users';

// Types only: importing the schemas as values would pull zod into the first
// screen's bundle. Request bodies use the schemas' input types (before defaults).

export type SessionState = z.infer<typeof sessionStateResponse>;
export type Me = z.infer<typeof me>;
export type SignInBody = z.input<typeof signInBody>;
export type ChangePasswordBody = z.input<typeof changePasswordBody>;
export type TwoFactorSetup = z.infer<typeof twoFactorSetupResponse>;
export type RecoveryCodes = z.infer<typeof recoveryCodesResponse>;
export type UpdateMeBody = z.input<typeof updateMeBody>;
export type SessionList = z.infer<typeof sessionList>;
export type SessionSummary = SessionList['items'][number];

export type User = z.infer<typeof user>;
export type CreateUserBody = z.input<typeof createUserBody>;
export type UpdateUserBody = z.input<typeof updateUserBody>;
export type ListUsersQuery = Partial<z.output<typeof listUsersQuery>>;
export type OneTimePassword = z.infer<typeof oneTimePasswordResponse>;

export type Site = z.infer<typeof site>;
export type CreateSiteBody = z.input<typeof createSiteBody>;
export type UpdateSiteBody = z.input<typeof updateSiteBody>;
export type Team = z.infer<typeof team>;
export type CreateTeamBody = z.input<typeof createTeamBody>;
export type UpdateTeamBody = z.input<typeof updateTeamBody>;
export type Area = z.infer<typeof area>;
export type Spot = z.infer<typeof spot>;
export type CreateAreaBody = z.input<typeof createAreaBody>;
export type UpdateAreaBody = z.input<typeof updateAreaBody>;
export type CreateSpotBody = z.input<typeof createSpotBody>;
export type UpdateSpotBody = z.input<typeof updateSpotBody>;

export type CatalogueItem = z.infer<typeof catalogueItem>;
export type CreateCatalogueItemBody = z.input<typeof createCatalogueItemBody>;
export type UpdateCatalogueItemBody = z.input<typeof updateCatalogueItemBody>;

export type Organisation = z.infer<typeof organisation>;
export type UpdateOrganisationBody = z.input<typeof updateOrganisationBody>;

export type AuditEvent = z.infer<typeof auditEvent>;
export type ListAuditQuery = Partial<z.output<typeof listAuditQuery>>;
export type AuditVerify = z.infer<typeof auditVerifyResponse>;

/** A page of a server-side list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
/** A full (unpaged) list. */
export interface Items<T> {
  items: T[];
}
export interface Ok {
  ok: true;
}
