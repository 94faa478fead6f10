import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { agentSchema, type AgentDraft } from '@/types/agent';
import { agentsQueryKey } from './get-agents';

/** PUT /v1/workspaces/{id}/agents/{agentId}: replaces the agent's configuration. */
export function updateAgent(workspaceId: string, agentId: string, draft: AgentDraft) {
  return apiRequest(`/v1/workspaces/${workspaceId}/agents/${agentId}`, agentSchema, { method: 'PUT', body: draft });
}

export function useUpdateAgent(workspaceId: string, agentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: AgentDraft) => updateAgent(workspaceId, agentId, draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentsQueryKey(workspaceId) }),
  });
}
