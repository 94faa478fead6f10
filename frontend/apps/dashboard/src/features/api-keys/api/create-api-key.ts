import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { apiKeySchema } from '@/types/api-key';
import { apiKeysQueryKey } from './get-api-keys';

export interface CreateApiKeyInput {
  name: string;
  kind: 'SECRET' | 'PUBLISHABLE';
  allowedOrigins: string[];
}

const createdSchema = z.object({ key: apiKeySchema, secret: z.string() });

/** POST /v1/workspaces/{id}/api-keys: the answer is the only time the full secret is shown. */
export function createApiKey(workspaceId: string, input: CreateApiKeyInput) {
  return apiRequest(`/v1/workspaces/${workspaceId}/api-keys`, createdSchema, { method: 'POST', body: input });
}

export function useCreateApiKey(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => createApiKey(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey(workspaceId) }),
  });
}
