import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { agentSchema } from '@/types/agent';

/** GET /v1/workspaces/{id}/agents */
export function getAgents(workspaceId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/agents`, z.array(agentSchema));
}

export const agentsQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'agents'] as const;

export function agentsQueryOptions(workspaceId: string) {
  return queryOptions({ queryKey: agentsQueryKey(workspaceId), queryFn: () => getAgents(workspaceId) });
}

export function useAgents(workspaceId: string) {
  return useQuery(agentsQueryOptions(workspaceId));
}
