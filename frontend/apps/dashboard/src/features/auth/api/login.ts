import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { loginResponseSchema } from '../types';
import { meQueryKey } from './get-me';

export interface LoginInput {
  email: string;
  password: string;
}

/** POST /v1/auth/login: sets the HttpOnly login cookie. */
export function login(input: LoginInput) {
  return apiRequest('/v1/auth/login', loginResponseSchema, { method: 'POST', body: input });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: login, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
