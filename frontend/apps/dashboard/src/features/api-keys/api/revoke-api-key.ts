import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { apiKeySchema } from '@/types/api-key';
import { apiKeysQueryKey } from './get-api-keys';

/** DELETE /v1/workspaces/{id}/api-keys/{keyId}: the key stops working at once. */
export function revokeApiKey(workspaceId: string, keyId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/api-keys/${keyId}`, apiKeySchema, { method: 'DELETE' });
}

export function useRevokeApiKey(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keyId: string) => revokeApiKey(workspaceId, keyId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey(workspaceId) }),
  });
}
