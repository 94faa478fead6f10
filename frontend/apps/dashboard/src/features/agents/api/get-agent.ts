import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { agentSchema } from '@/types/agent';
import { agentsQueryKey } from './get-agents';

/** GET /v1/workspaces/{id}/agents/{agentId} */
export function getAgent(workspaceId: string, agentId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/agents/${agentId}`, agentSchema);
}

export function agentQueryOptions(workspaceId: string, agentId: string) {
  return queryOptions({ queryKey: [...agentsQueryKey(workspaceId), agentId], queryFn: () => getAgent(workspaceId, agentId) });
}

export function useAgent(workspaceId: string, agentId: string) {
  return useQuery(agentQueryOptions(workspaceId, agentId));
}
