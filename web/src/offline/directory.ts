import { searchName } from '#core/clients/search-name';
import type { ServiceType, TargetGroup } from '#core/directory/taxonomy';
import type { PartnerService } from '#core/schemas/partners';
import type { Page } from '../api/types';
import type { FieldStore } from './store';

/** The services search's parameters (web/src/api/partners.ts imports this module, so not its type). */
export interface ServiceSearch {
  q?: string | undefined;
  serviceType?: ServiceType | undefined;
  targetGroup?: TargetGroup | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** A partner as the feed carries it: a name and whether it is active (never places or the procedure). */
interface HeldPartner {
  name: string;
  active: boolean;
}

/** A partner's service as the feed carries it. */
type HeldService = Pick<PartnerService, 'id' | 'partnerId' | 'name' | 'status' | 'serviceTypes' | 'targetGroups'>;

/**
 * The services search the referral form makes, answered from the phone as the
 * server does online — active partners only, by service or partner name, type
 * and target group, active services first — and more forgiving in the name
 * (diacritics and Cyrillic folded, as the phone's client index does). What
 * the feed does not carry (hours, contacts) is empty.
 */
export function localPartnerServices(store: FieldStore, query: ServiceSearch): Page<PartnerService> {
  const partners = new Map(store.all<HeldPartner & { id: string }>('partner').map((p) => [p.id, p]));
  const wanted = query.q ? searchName(query.q.trim()) : '';
  const found = store
    .all<HeldService>('partner_service')
    .flatMap((s) => {
      const partner = partners.get(s.partnerId);
      return partner?.active ? [{ ...s, partnerName: partner.name }] : [];
    })
    .filter((s) => !wanted || searchName(s.name).includes(wanted) || searchName(s.partnerName).includes(wanted))
    .filter((s) => !query.serviceType || s.serviceTypes.includes(query.serviceType))
    .filter((s) => !query.targetGroup || s.targetGroups.includes(query.targetGroup))
    .sort(
      (a, b) =>
        Number(b.status === 'active') - Number(a.status === 'active') ||
        a.name.toLocaleLowerCase().localeCompare(b.name.toLocaleLowerCase()) ||
        a.id.localeCompare(b.id),
    );
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return {
    items: found.slice((page - 1) * pageSize, page * pageSize).map((s) => ({
      description: null,
      eligibility: null,
      minimumAge: null,
      maximumAge: null,
      languages: [],
      email: null,
      url: null,
      phone: null,
      applicationProcess: null,
      feesDescription: null,
      hours: [],
      locationIds: [],
      // Not carried: the form only names and picks a service.
      updatedAt: '',
      ...s,
    })),
    total: found.length,
    page,
    pageSize,
  };
}
