import {
  type ServiceType,
  serviceTypeKeys,
  type TargetGroup,
  type TaxonomyName,
  targetGroupKeys,
  termLabel,
} from '#core/directory/taxonomy';
import { asLocale } from '#core/i18n/locales';
import type { PartnerListQuery } from '../../api/partners';
import type { Option } from '../../ui/Select';
import type { PartnersSearch } from './search';

/** A term's label in the UI language (English when the language is not one of ours). */
export function termName(taxonomy: TaxonomyName, key: string, language: string): string {
  return termLabel(taxonomy, key, asLocale(language) ?? 'en');
}

/** Every term of a taxonomy as options, in the taxonomy's order (it groups related terms). */
export function termOptions<K extends string>(
  taxonomy: TaxonomyName,
  keys: readonly K[],
  language: string,
): Option<K>[] {
  return keys.map((id) => ({ id, label: termName(taxonomy, id, language) }));
}

export const serviceTypeOptions = (language: string) => termOptions('service-type', serviceTypeKeys, language);
export const targetGroupOptions = (language: string) => termOptions('target-group', targetGroupKeys, language);

/** Terms as one line in the UI language: "Legal aid, Shelter". */
export function termList(taxonomy: TaxonomyName, keys: readonly string[], language: string): string {
  return keys.map((k) => termName(taxonomy, k, language)).join(', ');
}

const isServiceType = (v: string | undefined): v is ServiceType =>
  (serviceTypeKeys as readonly string[]).includes(v ?? '');
const isTargetGroup = (v: string | undefined): v is TargetGroup =>
  (targetGroupKeys as readonly string[]).includes(v ?? '');

/**
 * The directory's request from its address: an unknown type or group (an old or
 * mistyped link) is dropped rather than sent, since the route would refuse it.
 */
export function directoryQuery(search: PartnersSearch, pageSize: number): PartnerListQuery {
  return {
    q: search.q,
    serviceType: isServiceType(search.type) ? search.type : undefined,
    targetGroup: isTargetGroup(search.group) ? search.group : undefined,
    active: search.inactive === true ? 'all' : undefined,
    page: search.page ?? 1,
    pageSize,
  };
}

/** The message key of a service's HSDS status ("temporarily closed" → `partners.statuses.temporarily_closed`). */
export const serviceStatusKey = (status: string) => `partners.statuses.${status.replace(/ /g, '_')}`;
