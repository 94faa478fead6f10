import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { meSchema, type Me } from '../types';

/** GET /v1/me: the logged-in user and the workspaces they belong to. A 401 means "not logged in". */
export function getMe(): Promise<Me> {
  return apiRequest('/v1/me', meSchema);
}

export const meQueryKey = ['me'] as const;

export function meQueryOptions() {
  return queryOptions({ queryKey: meQueryKey, queryFn: getMe, retry: false, staleTime: 60_000 });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
