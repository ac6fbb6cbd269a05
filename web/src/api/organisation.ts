import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fieldFirst } from '../offline/local';
import { localOrganisation } from '../offline/readers';
import { api } from './client';
import type { Organisation, UpdateOrganisationBody } from './types';

const key = ['organisation'] as const;

export function useOrganisation() {
  return useQuery({
    queryKey: key,
    queryFn: fieldFirst((signal) => api.get<Organisation>('/api/organisation', undefined, signal), localOrganisation),
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationBody) => api.patch<Organisation>('/api/organisation', body),
    onSuccess: (organisation) => {
      queryClient.setQueryData(key, organisation);
      // The header shows the organisation's name from the session.
      return queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
}
