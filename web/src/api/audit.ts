import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { AuditEvent, AuditVerify, ListAuditQuery, Page } from './types';

/** One page of the audit trail, filtered on the server. */
export function useAuditEvents(query: ListAuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api.get<Page<AuditEvent>>('/api/audit', query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Re-checks the hash chain of the whole trail on the server. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.post<AuditVerify>('/api/audit/verify') });
}
