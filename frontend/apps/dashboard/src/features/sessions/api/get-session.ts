import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { sessionSummarySchema } from '@/types/session';

/** GET /v1/workspaces/{id}/sessions/{sessionId} */
export function getSession(workspaceId: string, sessionId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/sessions/${sessionId}`, sessionSummarySchema);
}

export function sessionQueryOptions(workspaceId: string, sessionId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'sessions', 'one', sessionId],
    queryFn: () => getSession(workspaceId, sessionId),
    // A live session keeps changing; an ended one never does.
    refetchInterval: (q) => (q.state.data && !q.state.data.endedAt ? 3000 : false),
  });
}

export function useSession(workspaceId: string, sessionId: string) {
  return useQuery(sessionQueryOptions(workspaceId, sessionId));
}
