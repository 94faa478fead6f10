import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** POST /v1/auth/logout: revokes the login and clears the cookie. */
export function logout() {
  return apiRequest<void>('/v1/auth/logout', null, { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logout, onSuccess: () => queryClient.clear() });
}
