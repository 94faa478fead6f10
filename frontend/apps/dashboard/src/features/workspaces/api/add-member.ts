import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { memberSchema, type Role } from '@/types/workspace';
import { membersQueryKey } from './get-members';

/** POST /v1/workspaces/{id}/members: adds an existing user by email. */
export function addMember(workspaceId: string, input: { email: string; role: Role }) {
  return apiRequest(`/v1/workspaces/${workspaceId}/members`, memberSchema, { method: 'POST', body: input });
}

export function useAddMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: Role }) => addMember(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(workspaceId) }),
  });
}
