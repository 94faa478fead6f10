import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { agentSchema, type AgentDraft } from '@/types/agent';
import { agentsQueryKey } from './get-agents';

/** POST /v1/workspaces/{id}/agents */
export function createAgent(workspaceId: string, draft: AgentDraft) {
  return apiRequest(`/v1/workspaces/${workspaceId}/agents`, agentSchema, { method: 'POST', body: draft });
}

export function useCreateAgent(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: AgentDraft) => createAgent(workspaceId, draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentsQueryKey(workspaceId) }),
  });
}
