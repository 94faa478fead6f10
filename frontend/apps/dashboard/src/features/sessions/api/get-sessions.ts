import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { pageSchema, sessionSummarySchema, type Outcome } from '@/types/session';

export interface SessionFilters {
  deploymentId?: string;
  from?: string;
  to?: string;
  outcome?: Outcome;
  page?: number;
  size?: number;
}

/** GET /v1/workspaces/{id}/sessions: newest first, filtered by deployment, start time and outcome. */
export function getSessions(workspaceId: string, filters: SessionFilters) {
  return apiRequest(`/v1/workspaces/${workspaceId}/sessions`, pageSchema(sessionSummarySchema), {
    query: { ...filters },
  });
}

export function sessionsQueryOptions(workspaceId: string, filters: SessionFilters) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'sessions', filters],
    queryFn: () => getSessions(workspaceId, filters),
    placeholderData: keepPreviousData,
  });
}

export function useSessions(workspaceId: string, filters: SessionFilters) {
  return useQuery(sessionsQueryOptions(workspaceId, filters));
}
