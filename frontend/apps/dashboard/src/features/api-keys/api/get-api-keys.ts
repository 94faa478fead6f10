import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { apiKeySchema } from '@/types/api-key';

/** GET /v1/workspaces/{id}/api-keys: every key, revoked ones included; secrets are never listed. */
export function getApiKeys(workspaceId: string) {
  return apiRequest(`/v1/workspaces/${workspaceId}/api-keys`, z.array(apiKeySchema));
}

export const apiKeysQueryKey = (workspaceId: string) => ['workspaces', workspaceId, 'api-keys'] as const;

export function apiKeysQueryOptions(workspaceId: string) {
  return queryOptions({ queryKey: apiKeysQueryKey(workspaceId), queryFn: () => getApiKeys(workspaceId) });
}

export function useApiKeys(workspaceId: string) {
  return useQuery(apiKeysQueryOptions(workspaceId));
}
