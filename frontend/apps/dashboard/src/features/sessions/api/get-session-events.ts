import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { interactionEventSchema, pageSchema, type InteractionEvent } from '@/types/session';

const PAGE_SIZE = 200;
const MAX_PAGES = 25;

/** GET /v1/workspaces/{id}/sessions/{sessionId}/events, every page, in order. */
export async function getSessionEvents(workspaceId: string, sessionId: string): Promise<InteractionEvent[]> {
  const events: InteractionEvent[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await apiRequest(`/v1/workspaces/${workspaceId}/sessions/${sessionId}/events`, pageSchema(interactionEventSchema), {
      query: { page, size: PAGE_SIZE },
    });
    events.push(...result.items);
    if (events.length >= result.total || result.items.length === 0) break;
  }
  return events;
}

export function sessionEventsQueryOptions(workspaceId: string, sessionId: string, live: boolean) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'sessions', 'events', sessionId],
    queryFn: () => getSessionEvents(workspaceId, sessionId),
    refetchInterval: live ? 3000 : false,
  });
}

export function useSessionEvents(workspaceId: string, sessionId: string, live: boolean) {
  return useQuery(sessionEventsQueryOptions(workspaceId, sessionId, live));
}
